// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What saving a map of the datalab ({@code /v1/maps}, {@code /datalab/kaarten}) can be refused with, besides the
 * request's own faults ({@link RequestCode}) and those of the SQL it runs ({@link QueryCode}). The English template is
 * the default; the interface renders {@code issue.<key>} of the message bundles.
 */
public enum MapCode implements MessageCode {

    /** A map may be {@code openbaar} only when every dataset it reads is. */
    NOT_PUBLIC("map.not-public", "A map can only be openbaar when every dataset it reads is openbaar; choose intern"
            + " or vertrouwelijk, or read only open datasets."),

    /** Arguments: {@code parameter} (the member naming the dataset). */
    NO_GEOMETRY("map.no-geometry", "The dataset in {parameter} has no geometry; choose a geodata dataset."),

    /** Arguments: {@code parameter}, {@code field}. */
    UNKNOWN_FIELD("map.unknown-field", "{parameter}: the dataset has no field {field}."),

    /** Arguments: {@code field}, {@code value}, {@code type}. */
    FILTER_VALUE("map.filter-value", "Filter {field} = {value}: the field holds values of type {type}, and {value}"
            + " is not one."),

    /** Arguments: {@code code}. */
    FIGURE_DUPLICATE("map.figure-duplicate", "The figures give more than one value for region {code}; give one row"
            + " per region (for example with GROUP BY)."),

    /** Arguments: {@code code}, {@code value}. */
    FIGURE_NOT_NUMBER("map.figure-not-number", "The second column of the figures must be a number; for region {code}"
            + " it is {value}.");

    private final String key;
    private final String englishTemplate;

    MapCode(String key, String englishTemplate) {
        this.key = key;
        this.englishTemplate = englishTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return englishTemplate;
    }
}
