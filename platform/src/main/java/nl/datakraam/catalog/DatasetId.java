// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifier of a {@code dcat:Dataset} in this catalogue. */
public record DatasetId(@JsonValue UUID value) {

    public static DatasetId random() {
        return new DatasetId(UUID.randomUUID());
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    public static DatasetId parse(String text) {
        return new DatasetId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
