// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the columns of one full pass into fields: decides which columns to keep, names them, and writes the issues
 * about ragged records and about columns.
 */
final class TableAssembly {

    private static final int NAMES_LISTED = 5;

    /** A column that made it into the schema. */
    private record Kept(int position, ColumnInference column, Field field) {
    }

    private final List<Kept> kept = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final TabularFormat format;
    private final String unit;

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
        String reference = hasHeader ? "the header" : "the first row";
        reportDropped(dropped);
        reportExtraBlanks(shapes.extraBlanks(), reference);
        reportExtraValues(shapes.extraValues(), width, reference);
        reportShortRecords(shapes, width, reference);
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
                .map(k -> new Issue(issue.severity(), issue.code(), issue.line(), issue.column(), k.field().name(),
                        issue.message()))
                .orElse(issue);
    }

    private void reportDropped(List<Integer> dropped) {
        if (dropped.isEmpty()) {
            return;
        }
        String list = dropped.stream().map(String::valueOf).collect(Collectors.joining(", "));
        issues.add(new Issue(Severity.INFO, "column.empty-dropped", 0, dropped.getFirst(), null,
                (dropped.size() == 1 ? "Column " + list + " has" : "Columns " + list + " have")
                        + " no header and no values, so " + (dropped.size() == 1 ? "it was" : "they were")
                        + " left out. Nothing to do; spreadsheets often leave such columns behind."));
    }

    private void reportExtraBlanks(LineTally tally, String reference) {
        if (tally.count() == 0) {
            return;
        }
        issues.add(new Issue(Severity.INFO, "row.extra-empty-values", tally.firstLine(), 0, null,
                tally.count() + " row(s) end in more values than " + reference + " has, all of them empty ("
                        + tally.describe(unit) + "). The empty values were left out; nothing to do."));
    }

    private void reportExtraValues(LineTally tally, int width, String reference) {
        if (tally.count() == 0) {
            return;
        }
        List<Kept> extra = kept.stream().filter(k -> k.position() >= width).toList();
        String names = extra.stream().limit(NAMES_LISTED).map(k -> k.field().name())
                .collect(Collectors.joining(", "))
                + (extra.size() > NAMES_LISTED ? " and " + (extra.size() - NAMES_LISTED) + " more" : "");
        issues.add(new Issue(Severity.WARNING, "row.extra-values", tally.firstLine(), extra.getFirst().position() + 1,
                extra.getFirst().field().name(),
                capitalised(tally.describe(unit)) + " " + (tally.count() == 1 ? "has" : "have") + " more values than "
                        + reference + " (" + tally.count() + " row(s) in all). No value was dropped: the extra values"
                        + " are in the added field(s) " + names + "."
                        + (format == TabularFormat.DELIMITED_TEXT
                                ? " Check those lines for a delimiter inside a value that is not quoted, or add the"
                                        + " missing header(s)."
                                : " Add the missing header(s).")));
    }

    private void reportShortRecords(RecordShapes shapes, int width, String reference) {
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
        issues.add(new Issue(Severity.WARNING, "row.missing-values", tally.firstLine(), 0, null,
                capitalised(tally.describe(unit)) + " " + (tally.count() == 1 ? "has" : "have") + " fewer values than "
                        + reference + " (" + tally.count() + " row(s) in all). The missing values are read as"
                        + " empty. Check those lines for a missing delimiter or a line break in a value that is not"
                        + " quoted."));
    }

    private void reportColumn(Kept k) {
        ColumnInference column = k.column();
        Field field = k.field();
        int position = k.position() + 1;
        if (column.allMissing()) {
            issues.add(new Issue(Severity.INFO, "column.all-missing", 0, position, field.name(), "Field "
                    + field.name() + " has no values, so its type cannot be told; it is read as text with every value"
                    + " missing. Set its type by hand if you know it."));
            return;
        }
        if (field.type() != FieldType.STRING && !column.missingSpellings().isEmpty()) {
            issues.add(new Issue(Severity.INFO, "column.missing-tokens", 0, position, field.name(), "In field "
                    + field.name() + " (" + field.type().tableSchemaType() + "), the values "
                    + String.join(", ", column.missingSpellings()) + " are read as missing."));
        }
        long typed = column.typedBeforeText();
        if (field.type() == FieldType.STRING && typed >= 10 && typed * 2 >= column.nonMissing()) {
            issues.add(new Issue(Severity.INFO, "column.text-after-typed", column.firstTextLine(), position,
                    field.name(), "Field " + field.name() + " is read as text: its first " + typed + " values are "
                            + column.typeBeforeText() + ", but the value on " + unit + " " + column.firstTextLine()
                            + " is not. If that value is a mistake, correct the file and upload it again."));
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
