// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/** Checks of the texts the datalab stores: titles, descriptions, labels. */
final class Texts {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;

    private Texts() {
    }

    /**
     * The stripped text, required.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER}: {@link RequestCode#MISSING} when blank,
     *     {@link RequestCode#LENGTH} when longer than {@code max}
     */
    static String required(String parameter, @Nullable String text, int max) {
        String stripped = optional(parameter, text, max);
        if (stripped == null) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.MISSING,
                    Map.of("parameter", parameter));
        }
        return stripped;
    }

    /**
     * The stripped text, or null when blank.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} ({@link RequestCode#LENGTH}) when longer than
     *     {@code max}
     */
    static @Nullable String optional(String parameter, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.LENGTH, Map.of("parameter",
                    parameter, "minLength", 1, "maxLength", max, "length", stripped.length()));
        }
        return stripped;
    }
}
