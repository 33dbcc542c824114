// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The coordinate reference system part of a {@link SchemaProposal}: what the file declares, or what its coordinates
 * look like, and what the steward may confirm or correct with {@code crs} when confirming the review
 * ({@code POST /v1/jobs/{id}/review}, {@link IngestService#confirmReview}). A suggestion is never applied by itself:
 * only a {@code crs} the steward gives (here, or with the upload) is.
 *
 * @param basis      {@code declared}: the file declares its CRS (or its format implies one, as RFC 7946 §4 does WGS 84
 *                   for GeoJSON) and its coordinates fit it; a {@code crs} that contradicts it is refused.
 *                   {@code coordinates}: a table with two coordinate columns; confirming a {@code crs} gives the
 *                   version point geometry, and without one the columns stay plain values.
 *                   {@code undeclared}: geodata that declares no CRS its coordinates fit; the version can be written
 *                   only once a {@code crs} is confirmed ({@link #required()}).
 * @param declared   for {@code declared}, the EPSG code the file declares; null otherwise
 * @param suggested  the EPSG code the coordinates look like ({@code 28992} or {@code 4326}), or null when they fit no
 *                   range Datakraam knows (or the file declares its CRS)
 * @param confidence {@code high}, {@code medium} or {@code low}, with {@code suggested}; null otherwise
 * @param reason     why the coordinates look like {@code suggested}, in English; null otherwise
 * @param columns    for {@code coordinates}, the names of the x (easting or longitude) and y (northing or latitude)
 *                   fields; empty otherwise
 * @param confirmed  the EPSG code given with the upload's {@code crs}, which this proposal already used; null when none
 *                   was given
 * @param required   whether the version can be written only after a CRS is confirmed: {@code undeclared} with none
 *                   given yet; confirming the review without {@code crs} is then refused
 * @param choices    the EPSG codes {@code crs} may take: 28992 (RD New), 4326 (WGS 84), 4258 (ETRS89)
 */
public record CrsProposal(String basis, @Nullable Integer declared, @Nullable Integer suggested,
        @Nullable String confidence, @Nullable String reason, List<String> columns, @Nullable Integer confirmed,
        boolean required, List<Integer> choices) {

    public static final String DECLARED = "declared";
    public static final String COORDINATES = "coordinates";
    public static final String UNDECLARED = "undeclared";

    public CrsProposal {
        columns = columns == null ? List.of() : List.copyOf(columns);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A file that declares its CRS, {@code declared}. */
    public static CrsProposal declared(int declared, @Nullable Integer confirmed) {
        return new CrsProposal(DECLARED, declared, null, null, null, List.of(), confirmed, false, confirmable());
    }

    /**
     * Coordinate columns of a table, or geodata without a CRS that fits ({@code basis} {@link #COORDINATES} or
     * {@link #UNDECLARED}).
     *
     * @param confidence an enum constant's name, written in lowercase
     */
    public static CrsProposal suggested(String basis, @Nullable Integer suggested, @Nullable String confidence,
            @Nullable String reason, List<String> columns, @Nullable Integer confirmed) {
        return new CrsProposal(basis, null, suggested, confidence == null ? null
                : confidence.toLowerCase(Locale.ROOT), reason, columns, confirmed,
                basis.equals(UNDECLARED) && confirmed == null, confirmable());
    }

    private static List<Integer> confirmable() {
        return IngestService.CONFIRMABLE_CRS.stream().sorted().toList();
    }
}
