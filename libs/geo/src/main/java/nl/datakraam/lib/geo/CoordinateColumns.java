// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.datakraam.lib.messages.Message;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * A proposal of which two columns of a table hold point coordinates, and in which CRS: for CSV and spreadsheet files,
 * which never declare one. Made from the column names ({@code x}/{@code y}, {@code x_coord}, {@code rd_x},
 * {@code X-coördinaat}, {@code lon}/{@code lat}, {@code lng}, {@code longitude}/{@code latitude} …) and checked
 * against the ranges of sampled values (see {@link CrsGuess}). The platform shows it to the steward; nothing applies
 * it silently.
 *
 * @param xColumn 0-based index of the column holding x: easting in metres, or longitude in degrees
 * @param xName   its header
 * @param yColumn 0-based index of the column holding y: northing in metres, or latitude in degrees
 * @param yName   its header
 * @param crs     the proposed CRS, with confidence and reason
 */
public record CoordinateColumns(int xColumn, String xName, int yColumn, String yName, CrsGuess crs) {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> X_WORDS = Set.of("x", "xcoord", "xcoordinaat", "xcoordinate", "rdx", "xrd",
            "coordx", "easting");
    private static final Set<String> Y_WORDS = Set.of("y", "ycoord", "ycoordinaat", "ycoordinate", "rdy", "yrd",
            "coordy", "northing");
    private static final Set<String> LON_WORDS = Set.of("lon", "lng", "long", "longitude", "lengtegraad");
    private static final Set<String> LAT_WORDS = Set.of("lat", "latitude", "breedtegraad");
    private static final double MOSTLY = 0.9;

    /**
     * Finds the coordinate columns of a table, preferring RD New columns where a table has both.
     *
     * @param headers    the column names
     * @param sampleRows some rows of values, each in header order (a short row lacks its last values); blank values
     *                   are ignored, numbers may use a decimal point or a decimal comma
     * @return the proposal, or empty if no pair of columns has coordinate names and values that fit RD New or
     *         longitude/latitude
     */
    public static Optional<CoordinateColumns> detect(List<String> headers, List<List<String>> sampleRows) {
        Optional<CoordinateColumns> projected = pair(headers, sampleRows, X_WORDS, Y_WORDS, false);
        return projected.isPresent() ? projected : pair(headers, sampleRows, LON_WORDS, LAT_WORDS, true);
    }

    /**
     * The point a row's coordinates give, in the columns' own CRS, or {@code null} if either value is blank.
     *
     * @param row      the values of one row in header order; a short row lacks its last values
     * @param position the 1-based position of the row, for messages
     * @throws GeoException {@code csv.bad-coordinate} if a value is not a number
     */
    public @Nullable Point point(List<String> row, long position) {
        String x = value(row, xColumn);
        String y = value(row, yColumn);
        if (x.isEmpty() || y.isEmpty()) {
            return null;
        }
        return FACTORY.createPoint(new CoordinateXY(parse(x, xName, position), parse(y, yName, position)));
    }

    /**
     * Widens {@code extent} to a row's coordinates, in the columns' own CRS; a row whose x or y is blank or not a
     * number leaves it as it is (writing the row reports that, {@link #point}).
     *
     * @param row the values of one row in header order; a short row lacks its last values
     */
    public void extend(Envelope extent, List<String> row) {
        Double x = number(value(row, xColumn));
        Double y = number(value(row, yColumn));
        if (x != null && y != null) {
            extent.expandToInclude(x, y);
        }
    }

    private static Optional<CoordinateColumns> pair(List<String> headers, List<List<String>> rows, Set<String> xWords,
                                                    Set<String> yWords, boolean degreesNamed) {
        int x = find(headers, xWords);
        int y = find(headers, yWords);
        if (x < 0 || y < 0) {
            return Optional.empty();
        }
        Tally tally = new Tally();
        for (List<String> row : rows) {
            Double xValue = number(value(row, x));
            Double yValue = number(value(row, y));
            if (xValue != null && yValue != null) {
                tally.add(xValue, yValue);
            }
        }
        if (tally.count == 0) {
            return Optional.empty();
        }
        if (tally.dutchLonLat > 0 && tally.dutchLonLat >= tally.rd) {
            CrsGuess.Confidence confidence = confidence(tally.dutchLonLat, tally.count, degreesNamed);
            return Optional.of(new CoordinateColumns(x, headers.get(x), y, headers.get(y), new CrsGuess(
                    Reprojection.WGS84, confidence, Message.of(GeoCode.GUESS_COLUMNS_LON_LAT, Map.of("xName",
                    headers.get(x), "yName", headers.get(y), "fitting", tally.dutchLonLat, "sampled", tally.count,
                    "namesAgree", degreesNamed)))));
        }
        if (tally.rd > 0) {
            CrsGuess.Confidence confidence = confidence(tally.rd, tally.count, !degreesNamed);
            return Optional.of(new CoordinateColumns(x, headers.get(x), y, headers.get(y), new CrsGuess(
                    Reprojection.RD_NEW, confidence, Message.of(GeoCode.GUESS_COLUMNS_RD_NEW, Map.of("xName",
                    headers.get(x), "yName", headers.get(y), "fitting", tally.rd, "sampled", tally.count,
                    "namesAgree", !degreesNamed)))));
        }
        if (tally.swapped == tally.count) {
            return Optional.of(new CoordinateColumns(y, headers.get(y), x, headers.get(x), new CrsGuess(
                    Reprojection.WGS84, CrsGuess.Confidence.LOW, Message.of(GeoCode.GUESS_COLUMNS_SWAPPED,
                    Map.of("xName", headers.get(x), "yName", headers.get(y), "lonName", headers.get(y))))));
        }
        return Optional.empty();
    }

    private static CrsGuess.Confidence confidence(int fitting, int count, boolean namesAgree) {
        if (fitting == count) {
            return namesAgree ? CrsGuess.Confidence.HIGH : CrsGuess.Confidence.MEDIUM;
        }
        return fitting >= MOSTLY * count ? CrsGuess.Confidence.MEDIUM : CrsGuess.Confidence.LOW;
    }

    /** The first column whose name, or one word of it, is one of the words; -1 if none. */
    private static int find(List<String> headers, Set<String> words) {
        for (int i = 0; i < headers.size(); i++) {
            String normalised = MARKS.matcher(Normalizer.normalize(headers.get(i), Normalizer.Form.NFD))
                    .replaceAll("").toLowerCase(Locale.ROOT);
            String[] parts = NON_ALPHANUMERIC.split(normalised.strip());
            if (words.contains(String.join("", parts)) || Arrays.stream(parts).anyMatch(words::contains)) {
                return i;
            }
        }
        return -1;
    }

    private static String value(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    private static @Nullable Double number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static double parse(String text, String column, long position) {
        Double number = number(text);
        if (number == null) {
            throw new GeoException(GeoCode.CSV_BAD_COORDINATE, position, Map.of("columnName", column));
        }
        return number;
    }

    /** Counts of sampled value pairs and of those inside each range. */
    private static final class Tally {

        private int count;
        private int rd;
        private int dutchLonLat;
        private int swapped;

        void add(double x, double y) {
            count++;
            if (CrsGuess.isRdX(x) && CrsGuess.isRdY(y)) {
                rd++;
            }
            if (CrsGuess.isDutchLon(x) && CrsGuess.isDutchLat(y)) {
                dutchLonLat++;
            }
            if (CrsGuess.isDutchLon(y) && CrsGuess.isDutchLat(x)) {
                swapped++;
            }
        }
    }
}
