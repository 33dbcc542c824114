// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;

/**
 * What a source says about its CRS, checked against the extent of its first geometry: either a CRS to use, or a
 * fault to report together with a {@link CrsGuess} for the steward.
 */
final class SourceCrs {

    private final int epsg;
    private final @Nullable CrsGuess guess;
    private final @Nullable GeoException problem;

    private SourceCrs(int epsg, @Nullable CrsGuess guess, @Nullable GeoException problem) {
        this.epsg = epsg;
        this.guess = guess;
        this.problem = problem;
    }

    /**
     * Decides the CRS of a source.
     *
     * @param declared      the EPSG code the source declares, or {@code null} if it declares none
     * @param formatDefault the EPSG code the format prescribes when none is declared (RFC 7946: 4326), or {@code null}
     * @param firstExtent   the extent of the first geometry, or {@code null} if the source has none
     * @param source        which reader asks, for the message: {@code geojson} or {@code gpkg}
     */
    static SourceCrs decide(@Nullable Integer declared, @Nullable Integer formatDefault, @Nullable Envelope firstExtent,
                            String source) {
        return decide(declared, formatDefault, firstExtent, source, null);
    }

    /**
     * Decides the CRS of one geometry column of a source.
     *
     * @param source which reader asks, for the message: {@code geojson}, {@code gpkg} or {@code geoparquet}
     * @param column the geometry column concerned, for the message; null when the source has one
     * @see #decide(Integer, Integer, Envelope, String)
     */
    static SourceCrs decide(@Nullable Integer declared, @Nullable Integer formatDefault, @Nullable Envelope firstExtent,
                            String source, @Nullable String column) {
        if (declared != null) {
            if (firstExtent == null || fits(declared, firstExtent)) {
                return new SourceCrs(declared, null, null);
            }
            CrsGuess guess = CrsGuess.fromExtent(firstExtent);
            Map<String, Object> arguments = proposal(guess, source, column);
            arguments.put("declared", declared);
            return new SourceCrs(0, guess, new GeoException(GeoCode.CRS_CONTRADICTED, 1, arguments));
        }
        if (formatDefault != null && (firstExtent == null || CrsGuess.isLonLat(firstExtent))) {
            return new SourceCrs(formatDefault, null, null);
        }
        CrsGuess guess = firstExtent == null ? null : CrsGuess.fromExtent(firstExtent);
        Map<String, Object> arguments = proposal(guess, source, column);
        arguments.put("lonLatRequired", formatDefault != null);
        return new SourceCrs(0, guess, new GeoException(GeoCode.CRS_UNDECLARED, 0, arguments));
    }

    /**
     * The EPSG code of the source's coordinates.
     *
     * @throws GeoException {@code crs.undeclared} or {@code crs.contradicted} when the CRS must be confirmed first
     */
    int epsg() {
        if (problem != null) {
            throw problem;
        }
        return epsg;
    }

    Optional<CrsGuess> guess() {
        return Optional.ofNullable(guess);
    }

    /**
     * Whether coordinates can be in a declared CRS at all: degrees lie within ±180°/±90°, while RD New coordinates
     * that did would lie hundreds of kilometres south of the Netherlands. Deliberately loose, so that offshore data
     * in RD New is not rejected.
     */
    private static boolean fits(int declared, Envelope extent) {
        return declared == Reprojection.RD_NEW ? !CrsGuess.isLonLat(extent) : CrsGuess.isLonLat(extent);
    }

    /**
     * The arguments {@code source}, {@code column}, {@code guessEpsg} (0 without a guess), {@code reason} and
     * {@code review} (false: a caller that lets the steward confirm the CRS in a review sets it).
     */
    private static Map<String, Object> proposal(@Nullable CrsGuess guess, String source, @Nullable String column) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("source", source);
        arguments.put("review", false);
        if (column != null) {
            arguments.put("column", column);
        }
        arguments.put("guessEpsg", guess == null ? 0 : guess.epsg());
        if (guess != null) {
            arguments.put("reason", guess.reason());
        }
        return arguments;
    }
}
