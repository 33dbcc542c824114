// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifier of a background job. */
public record JobId(@JsonValue UUID value) {

    /**
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    public static JobId parse(String text) {
        return new JobId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
