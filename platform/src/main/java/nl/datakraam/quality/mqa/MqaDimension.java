// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.util.Locale;

/**
 * The five dimensions of the MQA method (data.europa.eu, "Metadata Quality Assessment methodology", section
 * "Dimensions", derived from FAIR plus contextuality), with the most points each can give. Together: 405.
 */
public enum MqaDimension {
    FINDABILITY(100),
    ACCESSIBILITY(100),
    INTEROPERABILITY(110),
    REUSABILITY(75),
    CONTEXTUALITY(20);

    private final int max;

    MqaDimension(int max) {
        this.max = max;
    }

    /** Most points of this dimension: the sum of its indicators' points. */
    public int max() {
        return max;
    }

    /** Wire and message-key value: {@code findability}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
