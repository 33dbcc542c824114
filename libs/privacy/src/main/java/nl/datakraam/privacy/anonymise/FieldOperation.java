// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the anonymised table makes of one source field (or, for {@link GridCell}, a pair). A field that no operation
 * names is copied as it is. Each record names its source fields; {@link #outputFields()} names what it writes.
 */
public sealed interface FieldOperation {

    /** The source fields this operation reads (and replaces). */
    List<String> sourceFields();

    /** The fields it writes in the anonymised table, in order; empty for {@link Drop}. */
    List<String> outputFields();

    /** The short code of the operation: {@code drop}, {@code pseudonymise}, {@code date-month}, … */
    String code();

    /** An operation on one field that keeps the field's name. */
    sealed interface OnOneField extends FieldOperation {

        /** The field. */
        String field();

        @Override
        default List<String> sourceFields() {
            return List.of(field());
        }

        @Override
        default List<String> outputFields() {
            return List.of(field());
        }
    }

    /** The field is left out of the anonymised table. */
    record Drop(String field) implements FieldOperation {
        @Override
        public List<String> sourceFields() {
            return List.of(field);
        }

        @Override
        public List<String> outputFields() {
            return List.of();
        }

        @Override
        public String code() {
            return "drop";
        }
    }

    /**
     * The field's values are replaced by their keyed pseudonym: HMAC-SHA-256 under the {@link PseudonymKey} of
     * {@code domain}, a NUL byte and the value as DuckDB casts it to VARCHAR (UTF-8), as 64 lowercase hexadecimal
     * characters. The same value gets the same pseudonym wherever the same key and domain are used (so records stay
     * linkable); a different domain gives unlinkable pseudonyms. Null stays null.
     *
     * @param domain a name that separates pseudonym spaces, e.g. a dataset id; empty for the shared space
     */
    record Pseudonymise(String field, String domain) implements OnOneField {
        @Override
        public String code() {
            return "pseudonymise";
        }
    }

    /** How far {@link GeneraliseDate} coarsens. */
    enum DatePrecision {
        /** {@code 2024-03-17} → {@code 2024-03} (VARCHAR, ISO 8601 year-month). */
        MONTH,
        /** {@code 2024-03-17} → {@code 2024} (INTEGER). */
        YEAR
    }

    /** A DATE or TIMESTAMP field coarsened to its month ({@code YYYY-MM}) or year (UTC for timestamps). */
    record GeneraliseDate(String field, DatePrecision precision) implements OnOneField {
        @Override
        public String code() {
            return precision == DatePrecision.MONTH ? "date-month" : "date-year";
        }
    }

    /**
     * A number field (an age in years) replaced by the band it falls in, a VARCHAR: {@code 18-29} for a band with a
     * next bound, {@code 65+} for the last. Values below the first bound, and null, become null. Fractional values
     * count by their whole part ({@code 17.9} is in {@code 0-17}).
     *
     * @param lowerBounds strictly increasing lower bounds of the bands, at least one, none negative, e.g.
     *                    {@code [0, 18, 30, 45, 65]}
     */
    record AgeBand(String field, List<Integer> lowerBounds) implements OnOneField {

        public AgeBand {
            lowerBounds = List.copyOf(lowerBounds);
            if (lowerBounds.isEmpty()) {
                throw new AnonymisationException("age-bands", Map.of("field", field),
                        "The age bands of " + field + " need at least one lower bound.");
            }
            for (int i = 0; i < lowerBounds.size(); i++) {
                if (lowerBounds.get(i) < 0 || i > 0 && lowerBounds.get(i) <= lowerBounds.get(i - 1)) {
                    throw new AnonymisationException("age-bands", Map.of("field", field),
                            "The lower bounds of the age bands of " + field
                                    + " must be 0 or more and strictly increasing.");
                }
            }
        }

        /**
         * Bands of equal width from 0, the last open: width 10 and top 80 gives {@code 0-9}, {@code 10-19}, …,
         * {@code 70-79}, {@code 80+}.
         *
         * @throws AnonymisationException {@code age-bands} for a width under 1 or a top under the width
         */
        public static AgeBand width(String field, int width, int top) {
            if (width < 1 || top < width) {
                throw new AnonymisationException("age-bands", Map.of("field", field, "width", width, "top", top),
                        "Age bands need a width of 1 or more and a top of at least the width.");
            }
            List<Integer> bounds = new ArrayList<>();
            for (int bound = 0; bound <= top; bound += width) {
                bounds.add(bound);
            }
            return new AgeBand(field, bounds);
        }

        @Override
        public String code() {
            return "age-band";
        }
    }

    /**
     * A Dutch postcode (PC6, {@code 9711 AB} or {@code 9711AB}, any case, spaces around) cut to its four digits
     * (PC4, {@code 9711}); a value that is already four digits is kept. Anything else becomes null: a value that is
     * not a postcode may identify someone too.
     */
    record PostcodeToPc4(String field) implements OnOneField {
        @Override
        public String code() {
            return "postcode-pc4";
        }
    }

    /**
     * A point given by two number fields moved to a square cell of the RD New grid (EPSG:28992), cells of
     * {@code sizeMetres} aligned at RD (0, 0). Coordinates in degrees (WGS 84 / ETRS89, x = longitude) are projected
     * to RD New first ({@code libs/geo}). A null coordinate gives a null cell.
     *
     * @param epsg       the CRS of the fields: 28992, 4326 or 4258
     * @param sizeMetres the cell size, 1 to 100,000 m
     * @param cellField  null: both fields keep their names and get the cell's centre in their own CRS (degrees
     *                   rounded to 6 decimals); otherwise both are replaced by this one VARCHAR field holding the
     *                   cell's INSPIRE-style code, {@code CRS28992RES250mN463000E155000} (lower-left corner)
     */
    record GridCell(String xField, String yField, int epsg, int sizeMetres, @Nullable String cellField)
            implements FieldOperation {

        public GridCell {
            if (sizeMetres < 1 || sizeMetres > 100_000) {
                throw new AnonymisationException("grid-size", Map.of("field", xField, "min", 1, "max", 100_000),
                        "A grid cell is 1 to 100000 metres.");
            }
            if (epsg != 28992 && epsg != 4326 && epsg != 4258) {
                throw new AnonymisationException("grid-crs", Map.of("field", xField, "epsg", epsg),
                        "Coordinates for a grid cell must be in RD New (28992), WGS 84 (4326) or ETRS89 (4258).");
            }
        }

        @Override
        public List<String> sourceFields() {
            return List.of(xField, yField);
        }

        @Override
        public List<String> outputFields() {
            return cellField == null ? List.of(xField, yField) : List.of(cellField);
        }

        @Override
        public String code() {
            return "grid-cell";
        }
    }
}
