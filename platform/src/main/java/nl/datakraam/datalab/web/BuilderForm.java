// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.datakraam.datalab.BuilderQuery;
import nl.datakraam.datalab.BuilderQuery.Aggregate;
import nl.datakraam.datalab.BuilderQuery.DatePart;
import nl.datakraam.datalab.BuilderQuery.Filter;
import nl.datakraam.datalab.BuilderQuery.Group;
import nl.datakraam.datalab.BuilderQuery.Measure;
import nl.datakraam.datalab.BuilderQuery.Operator;
import nl.datakraam.datalab.BuilderQuery.Sort;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/**
 * The builder's form as request parameters (a GET form, so that a question is a link): {@code dataset}; per filter
 * row {@code ff} (field), {@code fo} (operator code), {@code fv}, {@code fv2} (values); per group row {@code gf},
 * {@code gp} ({@code year}, {@code month} or empty); per measure row {@code ma} (aggregate code), {@code mf}; then
 * {@code sort}, {@code dir} ({@code asc}, {@code desc}), {@code limit}. Rows are matched by position; a row whose
 * field (for measures: aggregate) is empty is left out.
 */
final class BuilderForm {

    /** Rows of each kind the form shows at least. */
    static final int ROWS = 3;

    private BuilderForm() {
    }

    /**
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for an unknown operator, aggregate or date part,
     *     or a limit that is not a whole number
     */
    static BuilderQuery parse(Map<String, String[]> parameters) {
        String dataset = first(parameters, "dataset");
        List<Filter> filters = new ArrayList<>();
        String[] fields = values(parameters, "ff");
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                filters.add(new Filter(fields[i], code("fo", at(parameters, "fo", i, "eq"), Operator::fromCode,
                        Operator.values()), blankToNull(at(parameters, "fv", i, "")),
                        blankToNull(at(parameters, "fv2", i, ""))));
            }
        }
        List<Group> groups = new ArrayList<>();
        String[] groupFields = values(parameters, "gf");
        for (int i = 0; i < groupFields.length; i++) {
            if (!groupFields[i].isBlank()) {
                String part = at(parameters, "gp", i, "");
                groups.add(new Group(groupFields[i], part.isBlank() ? null
                        : code("gp", part, DatePart::fromCode, DatePart.values())));
            }
        }
        List<Measure> measures = new ArrayList<>();
        String[] aggregates = values(parameters, "ma");
        for (int i = 0; i < aggregates.length; i++) {
            if (!aggregates[i].isBlank()) {
                measures.add(new Measure(code("ma", aggregates[i], Aggregate::fromCode, Aggregate.values()),
                        blankToNull(at(parameters, "mf", i, ""))));
            }
        }
        String sort = first(parameters, "sort");
        String limit = first(parameters, "limit");
        Integer rows = null;
        if (limit != null && !limit.isBlank()) {
            try {
                rows = Integer.valueOf(limit.strip());
            } catch (NumberFormatException e) {
                throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM, Map.of("parameter",
                        "limit", "expected", "integer"));
            }
        }
        return new BuilderQuery(dataset == null ? "" : dataset.strip(), filters, groups, measures,
                sort == null || sort.isBlank() ? null : new Sort(sort, "desc".equals(first(parameters, "dir"))),
                rows);
    }

    /** The question's filter rows for the form: its own, then empty ones up to at least {@link #ROWS}, one spare. */
    static List<Filter> filterRows(BuilderQuery query) {
        List<Filter> rows = new ArrayList<>(query.filters());
        while (rows.size() < Math.max(ROWS, query.filters().size() + 1)) {
            rows.add(new Filter("", Operator.EQ, null, null));
        }
        return rows;
    }

    static List<Group> groupRows(BuilderQuery query) {
        List<Group> rows = new ArrayList<>(query.groups());
        while (rows.size() < Math.max(ROWS, query.groups().size() + 1)) {
            rows.add(new Group("", null));
        }
        return rows;
    }

    static List<@Nullable Measure> measureRows(BuilderQuery query) {
        List<@Nullable Measure> rows = new ArrayList<>(query.measures());
        while (rows.size() < Math.max(ROWS, query.measures().size() + 1)) {
            rows.add(null);
        }
        return rows;
    }

    private static <T extends Enum<T>> T code(String parameter, String code, Function<String, T> parse, T[] all) {
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter",
                    parameter, "allowed", Arrays.stream(all).map(BuilderForm::wire).toList()));
        }
    }

    private static String wire(Enum<?> value) {
        return switch (value) {
            case Operator operator -> operator.code();
            case Aggregate aggregate -> aggregate.code();
            case DatePart part -> part.code();
            default -> value.name();
        };
    }

    private static String[] values(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? new String[0] : values;
    }

    private static @Nullable String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String at(Map<String, String[]> parameters, String name, int index, String absent) {
        String[] values = values(parameters, name);
        return index < values.length ? values[index] : absent;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
