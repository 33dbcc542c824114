// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.FieldOverride;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.FieldType;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.RecordSource;
import nl.datakraam.lib.tabular.SchemaFit;
import nl.datakraam.lib.tabular.TableSchema;
import nl.datakraam.lib.tabular.TabularException;
import nl.datakraam.shared.IssueCode;
import org.jspecify.annotations.Nullable;

/**
 * The steward's side of a schema: applying a dataset's field overrides to a new inference (only where they still
 * fit the new file, case c03), and comparing a version's schema with the previous one (drift, append).
 */
public final class SchemaReview {

    private SchemaReview() {
    }

    /**
     * The inference with the overrides applied to the fields they name, except where a value of the file does not
     * fit; each dropped override becomes a warning in {@code notes}.
     */
    static Inference applyOverrides(Path file, Inference inferred, Map<String, FieldOverride> overrides,
            List<VersionIssue> notes) throws IOException {
        return applyOverrides(() -> RecordSource.open(file, inferred.layout()),
                inferred.layout().format().positionName(), inferred, overrides, notes);
    }

    /**
     * As {@link #applyOverrides(Path, Inference, Map, List)}, for records only their own reader reads again (the
     * attributes of GeoJSON and GeoPackage features).
     *
     * @param records  opens the records the inference was made from, in the same order
     * @param position what a record's position counts, for the warning: {@code line}, {@code row}, {@code feature}
     */
    static Inference applyOverrides(Records records, String position, Inference inferred,
            Map<String, FieldOverride> overrides, List<VersionIssue> notes) throws IOException {
        if (overrides.isEmpty()) {
            return inferred;
        }
        Inference reviewed = inferred.withSchema(overridden(inferred.schema(), overrides));
        Map<String, Long> misfits;
        try (RecordSource source = records.open()) {
            misfits = SchemaFit.misfits(source, reviewed, overrides.keySet());
        }
        if (misfits.isEmpty()) {
            return reviewed;
        }
        Map<String, FieldOverride> fitting = new LinkedHashMap<>(overrides);
        List<String> names = inferred.schema().fields().stream().map(Field::name).toList();
        misfits.forEach((field, line) -> {
            fitting.remove(field);
            int index = names.indexOf(field);
            // the attributes of a feature have no column a steward could look up
            int column = index < 0 || position.equals("feature") ? 0 : inferred.sourceColumns().get(index);
            notes.add(overrideDropped(field, overrides.get(field).type(), position, line, column));
        });
        return inferred.withSchema(overridden(inferred.schema(), fitting));
    }

    /**
     * The warning {@code schema.override-dropped} for a steward's choice that a new file no longer fits.
     *
     * @param type   the Table Schema type chosen in the review
     * @param unit   what {@code line} counts: {@code line}, {@code row} or {@code feature}
     * @param line   the 1-based position of the first value that does not fit
     * @param column the 1-based column of the field in the file, or 0
     */
    static VersionIssue overrideDropped(String field, String type, String unit, long line, int column) {
        return VersionIssue.of("warning", IssueCode.SCHEMA_OVERRIDE_DROPPED, line, column, field,
                Map.of("type", type, "unit", unit));
    }

    /** Opens records to check overrides against. */
    @FunctionalInterface
    interface Records {
        RecordSource open() throws IOException;
    }

    /** The schema with each override applied to the field it names. */
    static TableSchema overridden(TableSchema schema, Map<String, FieldOverride> overrides) {
        List<Field> fields = new ArrayList<>();
        for (Field field : schema.fields()) {
            FieldOverride override = overrides.get(field.name());
            fields.add(override == null ? field : overridden(field, override));
        }
        return new TableSchema(fields, schema.missingValues());
    }

    private static Field overridden(Field field, FieldOverride override) {
        FieldType type = switch (override.type()) {
            case "string" -> FieldType.STRING;
            case "integer" -> FieldType.INTEGER;
            case "number" -> FieldType.NUMBER;
            case "date" -> FieldType.DATE;
            case "datetime" -> field.type() == FieldType.DATETIME_TZ ? FieldType.DATETIME_TZ : FieldType.DATETIME;
            default -> throw new IllegalArgumentException("not an overridable type: " + override.type());
        };
        boolean temporal = type == FieldType.DATE || type == FieldType.DATETIME || type == FieldType.DATETIME_TZ;
        String format = temporal && override.format() != null ? override.format()
                : type == field.type() ? field.format() : defaultFormat(type);
        String decimalChar = type != FieldType.NUMBER ? null
                : override.decimalChar() != null ? override.decimalChar()
                : field.decimalChar() != null ? field.decimalChar() : ".";
        String groupChar = type == FieldType.NUMBER && type == field.type() ? field.groupChar() : null;
        return new Field(field.name(), field.title(), type, format, decimalChar, groupChar, List.of(), List.of(),
                field.missingValues());
    }

    private static String defaultFormat(FieldType type) {
        return switch (type) {
            case DATE -> "%Y-%m-%d";
            case DATETIME, DATETIME_TZ -> "%Y-%m-%dT%H:%M:%S";
            default -> "default";
        };
    }

    /** Fields added, removed or retyped since the previous version, as warnings (ingest-cases: schema drift). */
    static List<VersionIssue> drift(DatasetSchema previous, DatasetSchema next) {
        Map<String, String> before = types(previous);
        Map<String, String> after = types(next);
        List<VersionIssue> drift = new ArrayList<>();
        after.forEach((name, type) -> {
            String old = before.get(name);
            if (old == null) {
                drift.add(VersionIssue.of("warning", IssueCode.SCHEMA_FIELD_ADDED, 0, 0, name, Map.of("type", type)));
            } else if (!old.equals(type)) {
                drift.add(VersionIssue.of("warning", IssueCode.SCHEMA_FIELD_RETYPED, 0, 0, name,
                        Map.of("before", old, "after", type)));
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(name -> drift.add(
                VersionIssue.of("warning", IssueCode.SCHEMA_FIELD_REMOVED, 0, 0, name, Map.of())));
        return drift;
    }

    /**
     * Why {@code next} cannot be appended to {@code previous}, if it cannot: fields must match in name and type.
     *
     * @return {@code version.append-mismatch} naming both lists of fields, or empty when they match
     */
    static Optional<TabularException> appendMismatch(DatasetSchema previous, DatasetSchema next) {
        Map<String, String> before = types(previous);
        Map<String, String> after = types(next);
        if (before.equals(after)) {
            return Optional.empty();
        }
        return Optional.of(new TabularException(IssueCode.VERSION_APPEND_MISMATCH, 0,
                Map.of("current", describe(before), "next", describe(after))));
    }

    private static Map<String, String> types(DatasetSchema schema) {
        Map<String, String> types = new LinkedHashMap<>();
        for (SchemaField field : schema.fields()) {
            types.put(field.name(), field.type());
        }
        return types;
    }

    /** The fields as "name (type)", in order. */
    private static List<String> describe(Map<String, String> types) {
        return types.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }

    /** The catalogue's form of an inferred schema (Frictionless field descriptors of the source). */
    static DatasetSchema schemaOf(Inference inference) {
        List<SchemaField> fields = new ArrayList<>();
        for (Field field : inference.schema().fields()) {
            fields.add(new SchemaField(field.name(), field.title(), field.type().tableSchemaType(), field.format(),
                    field.decimalChar(), field.groupChar(), field.trueValues(), field.falseValues(),
                    field.missingValues()));
        }
        return new DatasetSchema(fields, inference.schema().missingValues());
    }

    /** The catalogue's form of the inference's issues. */
    static List<VersionIssue> issuesOf(Inference inference) {
        return inference.issues().stream()
                .map(issue -> new VersionIssue(issue.severity().name().toLowerCase(Locale.ROOT), issue.code(),
                        issue.line(), issue.column(), issue.field(), issue.arguments(), issue.message()))
                .toList();
    }

    /**
     * @return the overridden field of {@code proposal} as a {@link FieldOverride} when the steward changed it
     */
    public static @Nullable FieldOverride changed(SchemaField inferred, String type, @Nullable String format,
            @Nullable String decimalChar) {
        boolean sameType = inferred.type().equals(type);
        boolean sameFormat = format == null || format.isBlank() || format.equals(inferred.format());
        boolean sameDecimal = decimalChar == null || decimalChar.isBlank() || decimalChar.equals(inferred.decimalChar());
        if (sameType && sameFormat && sameDecimal) {
            return null;
        }
        return new FieldOverride(type, format == null || format.isBlank() ? null : format.strip(),
                decimalChar == null || decimalChar.isBlank() ? null : decimalChar.strip());
    }
}
