// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What the publication gate says when it refuses a change ({@link ErrorCode#PUBLICATION_REFUSED}); the reasons
 * themselves are {@link Reason}s of the checks that gave them. The English template is the default; the interface
 * renders {@code issue.<key>} of the message bundles.
 */
public enum GateCode implements MessageCode {

    /**
     * Arguments: {@code change} ({@code openbaar}: the access level would become openbaar; {@code share}: a grant or
     * level would share it with a partner organisation), {@code datasets} (titles), {@code count} (reasons).
     */
    REFUSED("gate.refused", "{datasets} cannot be {change,select,openbaar{made public (openbaar)}share{shared with"
            + " a partner organisation}other{changed}} yet: {count,plural,one{one reason}other{# reasons}}, listed"
            + " below with what to do. Nothing was changed.");

    private final String key;
    private final String english;

    GateCode(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return english;
    }
}
