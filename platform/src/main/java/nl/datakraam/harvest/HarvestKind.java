// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;

/** The kinds of catalogue Datakraam harvests from. */
public enum HarvestKind {

    /** A CKAN Action API: {@code package_search} paged with {@code rows} and {@code start}. */
    CKAN,

    /** A DCAT endpoint (Turtle, RDF/XML, JSON-LD), paged with Hydra or not at all. */
    DCAT;

    /** The lower-case code of the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming {@code kind} for anything but
     *     {@code ckan} and {@code dcat}
     */
    public static HarvestKind fromCode(String code) {
        for (HarvestKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new PlatformException(ErrorCode.INVALID_PARAMETER, "kind must be 'ckan' or 'dcat'.",
                Map.of("parameter", "kind", "field", "kind"));
    }
}
