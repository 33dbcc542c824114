// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a dataset (ARCHITECTURE.md, security model; the BIO's classification, from open to confidential).
 * {@link Authorization} decides what each level means for a caller.
 */
public enum AccessLevel {
    /** Open data: anyone, signed in or not. */
    OPENBAAR,
    /** All staff of the province (every role but {@code partner}). */
    INTERN,
    /** Named groups and partner organisations, by per-dataset grants. */
    BEPERKT,
    /** Named people only, by per-dataset grants to their accounts. */
    VERTROUWELIJK;

    /**
     * The wire and interface value: {@code openbaar}, {@code intern}, {@code beperkt}, {@code vertrouwelijk} — also
     * in every JSON answer that holds an access level (charts, dashboards, maps, datasets alike).
     */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire value, case-insensitively.
     *
     * @throws IllegalArgumentException when the value names no access level
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static AccessLevel fromCode(String code) {
        for (AccessLevel level : values()) {
            if (level.code().equalsIgnoreCase(code.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown access level: " + code);
    }

    /**
     * The access level a request parameter names, case-insensitively.
     *
     * @param parameter the parameter's name, for the message
     * @param absent    the level when {@code value} is null or blank
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} ({@code request.parameter-choice}, listing the
     *     codes) for any other value
     */
    public static AccessLevel parameter(String parameter, @Nullable String value, AccessLevel absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter",
                    parameter, "allowed", Arrays.stream(values()).map(AccessLevel::code).toList()));
        }
    }
}
