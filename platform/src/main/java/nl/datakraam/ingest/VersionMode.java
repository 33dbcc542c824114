// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.Locale;

/** How an upload becomes a version of an existing dataset. */
public enum VersionMode {
    /** The upload is the whole new version; the previous one stays as history. */
    REPLACE,
    /** The new version is the previous one's rows followed by the upload's; the fields must be the same. */
    APPEND;

    /** Wire value: {@code replace}, {@code append}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException for anything but {@code replace} or {@code append} (case-insensitive)
     */
    public static VersionMode fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
