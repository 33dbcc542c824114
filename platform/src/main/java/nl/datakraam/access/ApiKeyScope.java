// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.Locale;

/** What an API key may do: {@code read} only safe requests (GET, HEAD), {@code write} also changes. */
public enum ApiKeyScope {
    READ,
    WRITE;

    /** The wire value: {@code read} or {@code write}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
