// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.privacy.anonymise.AnonymisationException;
import nl.datakraam.privacy.anonymise.AnonymisationPlan;
import nl.datakraam.privacy.anonymise.FieldOperation;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;

/**
 * An anonymisation plan as the API, the page and the database hold it (JSON), e.g.
 * <pre>{"operations": [{"field": "naam", "operation": "drop"},
 *                 {"field": "postcode", "operation": "postcode-pc4"},
 *                 {"field": "datum", "operation": "date-month"},
 *                 {"field": "x", "yField": "y", "operation": "grid-cell", "epsg": 28992, "size": 250}],
 *  "quasiIdentifiers": ["postcode", "datum", "categorie"], "k": 5, "suppression": "drop-rows"}</pre>
 *
 * @param operations       one step per field, in any order
 * @param quasiIdentifiers output fields for k-anonymity; empty for none
 * @param k                the smallest class kept, 2 to 1000; required with quasi-identifiers
 * @param suppression      {@code drop-rows} (default) or {@code blank}
 */
public record AnonymisationSpec(List<Step> operations, List<String> quasiIdentifiers, @Nullable Integer k,
        @Nullable String suppression) {

    /** The operation codes a step may name. */
    public static final List<String> OPERATIONS = List.of("drop", "pseudonymise", "date-month", "date-year",
            "age-band", "postcode-pc4", "grid-cell");

    public AnonymisationSpec {
        operations = operations == null ? List.of() : List.copyOf(operations);
        quasiIdentifiers = quasiIdentifiers == null ? List.of() : List.copyOf(quasiIdentifiers);
    }

    /**
     * One operation.
     *
     * @param field     the field (for {@code grid-cell} the x or longitude field)
     * @param operation one of {@link #OPERATIONS}
     * @param bounds    {@code age-band}: lower bounds of the bands, e.g. [0, 18, 30, 45, 65]; or give
     * @param width     {@code age-band}: the width of equal bands from 0, with
     * @param top       {@code age-band}: the lower bound of the last, open band
     * @param yField    {@code grid-cell}: the y or latitude field
     * @param epsg      {@code grid-cell}: 28992 (default), 4326 or 4258
     * @param size      {@code grid-cell}: the cell size in metres
     * @param cellField {@code grid-cell}: null to keep both fields with the cell's centre; else the name of the one
     *                  field with the cell's code that replaces them
     */
    public record Step(String field, String operation, @Nullable List<Integer> bounds, @Nullable Integer width,
            @Nullable Integer top, @Nullable String yField, @Nullable Integer epsg, @Nullable Integer size,
            @Nullable String cellField) {

        /** A step without parameters (drop, pseudonymise, date-month, date-year, postcode-pc4). */
        public static Step of(String field, String operation) {
            return new Step(field, operation, null, null, null, null, null, null, null);
        }
    }

    /** Whether the plan blanks rather than drops the records of small classes. */
    boolean blanks() {
        return "blank".equals(suppression);
    }

    /**
     * The plan for the engine; pseudonyms in {@code domain}.
     *
     * @throws PlatformException {@link ErrorCode#ANONYMISATION_INVALID} ({@code details.problem},
     *     {@code details.field}) for an unknown operation, missing parameters or values out of range
     */
    AnonymisationPlan toPlan(String domain) {
        try {
            List<FieldOperation> steps = new ArrayList<>();
            for (Step step : operations) {
                steps.add(operation(step, domain));
            }
            if (suppression != null && !suppression.equals("drop-rows") && !suppression.equals("blank")) {
                throw invalid("suppression", "operation");
            }
            return new AnonymisationPlan(steps, quasiIdentifiers, k == null ? 0 : k, blanks()
                    ? AnonymisationPlan.Suppression.BLANK_QUASI_IDENTIFIERS : AnonymisationPlan.Suppression.DROP_ROWS);
        } catch (AnonymisationException e) {
            throw invalid(e);
        }
    }

    private static FieldOperation operation(Step step, String domain) {
        if (step.field() == null || step.field().isBlank()) {
            throw invalid("", "field-unknown");
        }
        String code = step.operation() == null ? "" : step.operation().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "drop" -> new FieldOperation.Drop(step.field());
            case "pseudonymise" -> new FieldOperation.Pseudonymise(step.field(), domain);
            case "date-month" -> new FieldOperation.GeneraliseDate(step.field(), FieldOperation.DatePrecision.MONTH);
            case "date-year" -> new FieldOperation.GeneraliseDate(step.field(), FieldOperation.DatePrecision.YEAR);
            case "age-band" -> step.bounds() != null && !step.bounds().isEmpty()
                    ? new FieldOperation.AgeBand(step.field(), step.bounds())
                    : FieldOperation.AgeBand.width(step.field(), step.width() == null ? 0 : step.width(),
                            step.top() == null ? 0 : step.top());
            case "postcode-pc4" -> new FieldOperation.PostcodeToPc4(step.field());
            case "grid-cell" -> {
                if (step.yField() == null || step.yField().isBlank() || step.size() == null) {
                    throw invalid(step.field(), "grid-size");
                }
                yield new FieldOperation.GridCell(step.field(), step.yField(), step.epsg() == null ? 28992
                        : step.epsg(), step.size(), step.cellField() == null || step.cellField().isBlank() ? null
                        : step.cellField());
            }
            default -> throw invalid(step.field(), "operation");
        };
    }

    static PlatformException invalid(AnonymisationException e) {
        Map<String, Object> details = new java.util.HashMap<>(e.arguments());
        details.put("problem", e.code());
        details.putIfAbsent("field", "");
        return new PlatformException(ErrorCode.ANONYMISATION_INVALID, e.getMessage(), details);
    }

    private static PlatformException invalid(String field, String problem) {
        return new PlatformException(ErrorCode.ANONYMISATION_INVALID, "The anonymisation plan is not valid at "
                + (field.isEmpty() ? "a step without a field" : field) + " (" + problem + "); operations are: "
                + String.join(", ", OPERATIONS) + ".", Map.of("field", field, "problem", problem));
    }
}
