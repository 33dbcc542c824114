// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

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
     * @param what          how to name the source in a message, e.g. "The GeoJSON file"
     */
    static SourceCrs decide(@Nullable Integer declared, @Nullable Integer formatDefault, @Nullable Envelope firstExtent,
                            String what) {
        if (declared != null) {
            if (firstExtent == null || fits(declared, firstExtent)) {
                return new SourceCrs(declared, null, null);
            }
            CrsGuess guess = CrsGuess.fromExtent(firstExtent);
            return new SourceCrs(0, guess, new GeoException("crs.contradicted", 1, what + " declares EPSG:" + declared
                    + ", but the coordinates of its first geometry cannot be in that CRS. "
                    + proposal(guess)));
        }
        if (formatDefault != null && (firstExtent == null || CrsGuess.isLonLat(firstExtent))) {
            return new SourceCrs(formatDefault, null, null);
        }
        CrsGuess guess = firstExtent == null ? null : CrsGuess.fromExtent(firstExtent);
        String expectation = formatDefault == null ? "" : ", and its coordinates are not longitude/latitude as the"
                + " format requires";
        return new SourceCrs(0, guess, new GeoException("crs.undeclared", 0, what + " declares no CRS" + expectation
                + ". " + proposal(guess)));
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

    private static String proposal(@Nullable CrsGuess guess) {
        if (guess == null) {
            return "Its coordinates fit neither RD New nor longitude/latitude; reproject the file to EPSG:28992 or"
                    + " EPSG:4326 and declare it.";
        }
        return "They look like EPSG:" + guess.epsg() + " (" + guess.reason() + ") Ask the steward to confirm the CRS"
                + " before the data is stored.";
    }
}
