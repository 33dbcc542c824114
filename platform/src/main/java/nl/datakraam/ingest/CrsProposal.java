// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.LocalisedMessages;
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
 * @param reason     why the coordinates look like {@code suggested}: English as stored, in the reader's language
 *                   once {@link #localised localised}; null otherwise
 * @param reasonCode the stable code of {@code reason}, one of the {@code crs-guess.*} codes of {@code GeoCode}
 *                   (e.g. {@code crs-guess.columns-rd-new}); null with {@code reason}
 * @param reasonArguments the facts {@code reason} names (column names, counts of fitting rows), by name; empty
 *                   without a reason
 * @param columns    for {@code coordinates}, the names of the x (easting or longitude) and y (northing or latitude)
 *                   fields; empty otherwise
 * @param confirmed  the EPSG code given with the upload's {@code crs}, which this proposal already used; null when none
 *                   was given
 * @param required   whether the version can be written only after a CRS is confirmed: {@code undeclared} with none
 *                   given yet; confirming the review without {@code crs} is then refused
 * @param choices    the EPSG codes {@code crs} may take: 28992 (RD New), 4326 (WGS 84), 4258 (ETRS89)
 * @param extent     for a review of {@code coordinates} or {@code undeclared} geodata, the range of the x and y
 *                   values in the file's own units (metres or degrees): of the whole table or of every feature (of a
 *                   GeoParquet file, its bounding box, or its first geometry's); a {@code crs} they cannot be in is
 *                   refused ({@code crs-does-not-fit}). Null without a review, without values, or stored before it
 *                   existed
 */
public record CrsProposal(String basis, @Nullable Integer declared, @Nullable Integer suggested,
        @Nullable String confidence, @Nullable String reason, @Nullable String reasonCode,
        Map<String, Object> reasonArguments, List<String> columns, @Nullable Integer confirmed, boolean required,
        List<Integer> choices, @Nullable Extent extent) {

    /**
     * The range of coordinate values, in the source's units: x is easting (metres) or longitude (degrees), y northing
     * or latitude.
     */
    public record Extent(double xMin, double yMin, double xMax, double yMax) {
    }

    public static final String DECLARED = "declared";
    public static final String COORDINATES = "coordinates";
    public static final String UNDECLARED = "undeclared";

    public CrsProposal {
        reasonArguments = reasonArguments == null ? Map.of() : Message.sorted(reasonArguments);
        columns = columns == null ? List.of() : List.copyOf(columns);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A file that declares its CRS, {@code declared}. */
    public static CrsProposal declared(int declared, @Nullable Integer confirmed) {
        return new CrsProposal(DECLARED, declared, null, null, null, null, Map.of(), List.of(), confirmed, false,
                confirmable(), null);
    }

    /**
     * Coordinate columns of a table, or geodata without a CRS that fits ({@code basis} {@link #COORDINATES} or
     * {@link #UNDECLARED}).
     *
     * @param confidence an enum constant's name, written in lowercase
     * @param reason     why the coordinates look like {@code suggested}, or null
     */
    public static CrsProposal suggested(String basis, @Nullable Integer suggested, @Nullable String confidence,
            @Nullable Message reason, List<String> columns, @Nullable Integer confirmed) {
        return new CrsProposal(basis, null, suggested, confidence == null ? null
                : confidence.toLowerCase(Locale.ROOT), reason == null ? null : reason.english(),
                reason == null ? null : reason.code(), reason == null ? Map.of() : reason.arguments(), columns,
                confirmed, basis.equals(UNDECLARED) && confirmed == null, confirmable(), null);
    }

    /** The same proposal with the range of the coordinate values ({@link #extent()}). */
    public CrsProposal withExtent(@Nullable Extent range) {
        return new CrsProposal(basis, declared, suggested, confidence, reason, reasonCode, reasonArguments, columns,
                confirmed, required, choices, range);
    }

    /**
     * The same proposal with {@code reason} said in the reader's language ({@code issue.<reasonCode>} of the
     * message bundles); the stored English stays where the bundles cannot say it.
     */
    public CrsProposal localised(LocalisedMessages messages, Locale locale) {
        if (reason == null || reasonCode == null) {
            return this;
        }
        return new CrsProposal(basis, declared, suggested, confidence,
                messages.issue(reasonCode, reasonArguments, locale, reason), reasonCode, reasonArguments, columns,
                confirmed, required, choices, extent);
    }

    private static List<Integer> confirmable() {
        return IngestService.CONFIRMABLE_CRS.stream().sorted().toList();
    }
}
