// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.messages;

import java.util.Locale;
import java.util.Map;

/**
 * A stable message code and its English default. Each library lists the codes it can produce in one enum that
 * implements this interface, so that the platform can check that each has a Dutch and an English text.
 *
 * <p>The English template follows {@link MessageTemplate}. It names the arguments the code's messages carry; a
 * translation may use those and the positions of the message ({@code line}, {@code column}, {@code field}).
 */
public interface MessageCode {

    /** The stable kebab-case key, e.g. {@code row.extra-values}; it never changes meaning once released. */
    String key();

    /** The English template: what was found, where, what was done, and what the steward can do. */
    String englishTemplate();

    /** The English text of a message of this code. */
    default String english(Map<String, ?> arguments) {
        return MessageTemplate.format(englishTemplate(), arguments, Locale.ENGLISH);
    }
}
