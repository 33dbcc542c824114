// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.Locale;

/**
 * Who may see a dataset (ARCHITECTURE.md, security model). First cut: {@code openbaar} (open data, anyone) and
 * {@code intern} (staff only).
 */
public enum AccessLevel {
    OPENBAAR,
    INTERN;

    /** The wire and interface value: {@code openbaar}, {@code intern}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire value, case-insensitively.
     *
     * @throws IllegalArgumentException when the value names no access level
     */
    public static AccessLevel fromCode(String code) {
        for (AccessLevel level : values()) {
            if (level.code().equalsIgnoreCase(code.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown access level: " + code);
    }
}
