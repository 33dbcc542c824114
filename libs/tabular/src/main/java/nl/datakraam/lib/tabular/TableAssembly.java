// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the columns of one full pass into fields: decides which columns to keep, names them, and writes the issues
 * about ragged records and about columns.
 */
final class TableAssembly {

    /** A column that made it into the schema. */
    private record Kept(int position, ColumnInference column, Field field) {
    }

    private final List<Kept> kept = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final TabularFormat format;
    private final String unit;
    private final boolean hasHeader;

    /**
     * @param titles    the header values (empty without a header)
     * @param hasHeader whether the file has a header
     * @param columns   one inference per position in the records
     * @param shapes    the tallies of ragged records
     * @param format    the file's format, for the wording of messages
     * @param unit      what a record's position counts, for messages: usually {@link TabularFormat#positionName()}
     */
    TableAssembly(List<String> titles, boolean hasHeader, List<ColumnInference> columns, RecordShapes shapes,
            TabularFormat format, String unit) {
        this.format = format;
        this.unit = unit;
        this.hasHeader = hasHeader;
        int width = shapes.width();
        List<Integer> positions = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> fieldTitles = new ArrayList<>();
        for (int p = 0; p < columns.size(); p++) {
            String title = p < titles.size() ? titles.get(p) : "";
            if (!title.isBlank()) {
                names.add(FieldNames.toIdentifier(title, FieldNames.MAX_LENGTH));
                fieldTitles.add(title);
            } else if (columns.get(p).hasContent()) {
                names.add("column_" + (p + 1));
                fieldTitles.add("(no header) " + (p + 1));
            } else {
                if (p < width) {
                    dropped.add(p + 1);
                }
                continue;
            }
            positions.add(p);
        }
        names = FieldNames.distinct(names, FieldNames.MAX_LENGTH);
        for (int i = 0; i < positions.size(); i++) {
            int p = positions.get(i);
            kept.add(new Kept(p, columns.get(p), columns.get(p).toField(names.get(i), fieldTitles.get(i))));
        }
        reportDropped(dropped);
        reportExtraBlanks(shapes.extraBlanks());
        reportExtraValues(shapes.extraValues(), width);
        reportShortRecords(shapes, width);
        kept.forEach(this::reportColumn);
    }

    TableSchema schema() {
        Set<String> missing = new TreeSet<>();
        for (Kept k : kept) {
            missing.addAll(k.field().missingValues());
        }
        missing.remove("");
        List<String> schemaMissing = new ArrayList<>();
        schemaMissing.add("");
        schemaMissing.addAll(missing);
        return new TableSchema(kept.stream().map(Kept::field).toList(), schemaMissing);
    }

    /** The 1-based record position of each field's values. */
    List<Integer> sourceColumns() {
        return kept.stream().map(k -> k.position() + 1).toList();
    }

    List<Issue> issues() {
        return issues;
    }

    /** The issue with the name of the field at its column filled in, when it names a column but no field. */
    Issue withFieldName(Issue issue) {
        if (issue.field() != null || issue.column() == 0) {
            return issue;
        }
        return kept.stream().filter(k -> k.position() + 1 == issue.column()).findFirst()
                .map(k -> issue.withField(k.field().name()))
                .orElse(issue);
    }

    private void reportDropped(List<Integer> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        issues.add(Issue.of(Severity.INFO, TabularCode.COLUMN_EMPTY_DROPPED, 0, dropped.getFirst(), null,
                Map.of("columns", List.copyOf(dropped))));
    }

    private void reportExtraBlanks(LineTally tally) {
        if (tally.count() == 0) {
            return;
        }
        Map<String, Object> arguments = shape(tally);
        issues.add(Issue.of(Severity.INFO, TabularCode.ROW_EXTRA_EMPTY_VALUES, tally.firstLine(), 0, null, arguments));
    }

    private void reportExtraValues(LineTally tally, int width) {
        if (tally.count() == 0) {
            return;
        }
        List<Kept> extra = kept.stream().filter(k -> k.position() >= width).toList();
        Map<String, Object> arguments = shape(tally);
        arguments.put("found", tally.firstMeasure());
        arguments.put("expected", width);
        arguments.put("fields", extra.stream().map(k -> k.field().name()).toList());
        arguments.put("text", format == TabularFormat.DELIMITED_TEXT);
        issues.add(Issue.of(Severity.WARNING, TabularCode.ROW_EXTRA_VALUES, tally.firstLine(),
                extra.getFirst().position() + 1, extra.getFirst().field().name(), arguments));
    }

    private void reportShortRecords(RecordShapes shapes, int width) {
        int needed = 0;
        for (Kept k : kept) {
            if (k.position() < width) {
                needed = k.position() + 1;
            }
        }
        LineTally tally = shapes.shortRecords(needed);
        if (tally.count() == 0) {
            return;
        }
        Map<String, Object> arguments = shape(tally);
        arguments.put("found", tally.firstMeasure());
        arguments.put("expected", width);
        issues.add(Issue.of(Severity.WARNING, TabularCode.ROW_MISSING_VALUES, tally.firstLine(), 0, null, arguments));
    }

    /** The arguments of a message about ragged records: the tally, the unit and what they are compared with. */
    private Map<String, Object> shape(LineTally tally) {
        Map<String, Object> arguments = new LinkedHashMap<>(tally.arguments());
        arguments.put("unit", unit);
        arguments.put("header", hasHeader);
        return arguments;
    }

    private void reportColumn(Kept k) {
        ColumnInference column = k.column();
        Field field = k.field();
        int position = k.position() + 1;
        if (column.allMissing()) {
            issues.add(Issue.of(Severity.INFO, TabularCode.COLUMN_ALL_MISSING, 0, position, field.name(), Map.of()));
            return;
        }
        if (field.type() != FieldType.STRING && !column.missingSpellings().isEmpty()) {
            issues.add(Issue.of(Severity.INFO, TabularCode.COLUMN_MISSING_TOKENS, 0, position, field.name(),
                    Map.of("type", field.type().tableSchemaType(), "tokens", List.copyOf(column.missingSpellings()))));
        }
        long typed = column.typedBeforeText();
        if (field.type() == FieldType.STRING && typed >= 10 && typed * 2 >= column.nonMissing()) {
            issues.add(Issue.of(Severity.INFO, TabularCode.COLUMN_TEXT_AFTER_TYPED, column.firstTextLine(), position,
                    field.name(), Map.of("unit", unit, "typed", typed, "typeBefore", column.typeBeforeText())));
        }
    }
}
