// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/** Dutch month names and their usual abbreviations, lowercase. */
final class DutchMonths {

    private DutchMonths() {
    }

    /** The month (1–12) of a full lowercase name, or 0. {@code mei} counts as a full name. */
    static int fullName(String name) {
        return switch (name) {
            case "januari" -> 1;
            case "februari" -> 2;
            case "maart" -> 3;
            case "april" -> 4;
            case "mei" -> 5;
            case "juni" -> 6;
            case "juli" -> 7;
            case "augustus" -> 8;
            case "september" -> 9;
            case "oktober" -> 10;
            case "november" -> 11;
            case "december" -> 12;
            default -> 0;
        };
    }

    /** The month (1–12) of a lowercase abbreviation without its dot, or 0. */
    static int abbreviation(String name) {
        return switch (name) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mrt", "mar" -> 3;
            case "apr" -> 4;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep", "sept" -> 9;
            case "okt" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
