// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.util.Map;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.HarvestCode;

/** Why a harvest run stops before importing anything: a message of {@link HarvestCode}. */
final class HarvestFailure extends Exception {

    private final transient Message problem;

    HarvestFailure(HarvestCode code, Map<String, ?> arguments) {
        super(code.english(arguments), null, false, false);
        this.problem = Message.of(code, arguments);
    }

    Message problem() {
        return problem;
    }
}
