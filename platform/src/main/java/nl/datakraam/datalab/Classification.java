// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a choropleth's figures into classes, and colours them with ColorBrewer's sequential YlGnBu scheme (Cynthia
 * Brewer, colorbrewer2.org: "colorblind safe" and "print friendly" for 3 to 5 classes), light for low, dark for high.
 *
 * <ul>
 *   <li>{@code quantile}: the breaks are the values at ranks ⌈i·n/k⌉ of the sorted figures (nearest-rank quantiles),
 *       so that each class holds about as many regions;</li>
 *   <li>{@code equal}: the range from the least to the greatest figure cut into k equal intervals.</li>
 * </ul>
 * Breaks that coincide (few distinct figures) are merged, so there may be fewer classes than asked. Class 1 runs from
 * the least figure to its upper bound, both included; every further class from above the previous upper bound to its
 * own, included.
 */
final class Classification {

    /** YlGnBu per number of classes, 1 to 5. */
    private static final Map<Integer, List<String>> PALETTE = Map.of(
            1, List.of("#41b6c4"),
            2, List.of("#a1dab4", "#225ea8"),
            3, List.of("#edf8b1", "#7fcdbb", "#2c7fb8"),
            4, List.of("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
            5, List.of("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"));

    /** The colour of regions without a figure (drawn hatched on the map, named in the legend). */
    static final String NO_DATA = "#bdbdbd";

    private Classification() {
    }

    /**
     * One class.
     *
     * @param number from 1 (lowest)
     * @param lower  its least bound: included for class 1, excluded (the previous class's upper bound) after
     * @param upper  its greatest bound, included
     * @param colour CSS hex colour
     * @param count  how many of the figures fall into it
     */
    record MapClass(int number, double lower, double upper, String colour, int count) {
    }

    /**
     * The classes of the figures.
     *
     * @param method {@code quantile} or {@code equal}
     * @param k      classes asked for, 1 to 5
     * @return empty for no figures; otherwise 1 to k classes, their counts adding up to the number of figures
     */
    static List<MapClass> classify(List<Double> figures, String method, int k) {
        if (figures.isEmpty()) {
            return List.of();
        }
        List<Double> sorted = figures.stream().sorted().toList();
        int n = sorted.size();
        double min = sorted.getFirst();
        double max = sorted.getLast();
        List<Double> uppers = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            double upper;
            if (i == k) {
                upper = max;
            } else if ("equal".equals(method)) {
                upper = min + (max - min) * i / k;
            } else {
                upper = sorted.get(Math.max(0, (int) Math.ceil((double) i * n / k) - 1));
            }
            if (uppers.isEmpty() || upper > uppers.getLast()) {
                uppers.add(upper);
            }
        }
        List<String> colours = PALETTE.get(uppers.size());
        List<MapClass> classes = new ArrayList<>();
        double lower = min;
        for (int i = 0; i < uppers.size(); i++) {
            double low = lower;
            double high = uppers.get(i);
            boolean first = i == 0;
            int count = (int) sorted.stream().filter(v -> (first ? v >= low : v > low) && v <= high).count();
            classes.add(new MapClass(i + 1, lower, high, colours.get(i), count));
            lower = high;
        }
        return classes;
    }

    /** The number of the class a figure falls into (from 1), by the classes' upper bounds. */
    static int classOf(double figure, List<MapClass> classes) {
        for (MapClass c : classes) {
            if (figure <= c.upper()) {
                return c.number();
            }
        }
        return classes.getLast().number();
    }
}
