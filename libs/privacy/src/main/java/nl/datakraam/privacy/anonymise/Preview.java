// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a plan does to a table, measured before it is applied (and again when it is): the k reached, the records
 * suppressed and the information lost.
 *
 * <p>Equivalence classes are the groups of records with equal quasi-identifiers (null equal to null). Information
 * loss is given three ways: the share of records suppressed; the discernibility metric (Bayardo and Agrawal, ICDE
 * 2005: the sum over classes of their size squared, plus each suppressed record counted as indistinguishable from all
 * {@code rows}); and the normalised average class size C<sub>avg</sub> = (kept / classes) / k (LeFevre, DeWitt and
 * Ramakrishnan, ICDE 2006; 1 is the best a k-anonymous table can do); per generalised field, the number of distinct
 * values before and after.
 *
 * @param rows               records in the source
 * @param keptRows           records in the anonymised table
 * @param suppressedRows     records left out by k-anonymity ({@code rows - keptRows})
 * @param blankedRows        records whose quasi-identifiers were blanked (and kept), with
 *                           {@link AnonymisationPlan.Suppression#BLANK_QUASI_IDENTIFIERS}
 * @param suppressedShare    {@code suppressedRows / rows}, 0 to 1 (0 for an empty source)
 * @param classesBefore      equivalence classes after the field operations, before suppression; 0 without
 *                           quasi-identifiers
 * @param kBefore            the smallest of those classes; 0 without quasi-identifiers or rows
 * @param classes            equivalence classes in the anonymised table
 * @param k                  the smallest class in the anonymised table: the k reached; 0 without quasi-identifiers
 *                           or kept rows
 * @param discernibility     the discernibility metric; 0 without quasi-identifiers
 * @param averageClassSize   C<sub>avg</sub>; null without quasi-identifiers or kept rows
 * @param fields             distinct values before and after, per operation that coarsens or removes
 * @param columns            the anonymised table's field names, in order
 * @param sample             its first rows (values as strings, numbers or booleans; null for null), at most as many
 *                           as asked
 */
public record Preview(long rows, long keptRows, long suppressedRows, long blankedRows, double suppressedShare,
        long classesBefore, long kBefore, long classes, long k, long discernibility,
        @Nullable Double averageClassSize, List<FieldLoss> fields, List<String> columns,
        List<List<@Nullable Object>> sample) {

    public Preview {
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
        sample = sample.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
    }

    /**
     * The distinct values an operation leaves.
     *
     * @param operation      its code ({@link FieldOperation#code()})
     * @param sourceFields   the fields it reads
     * @param distinctBefore distinct non-null values (pairs, for a grid cell) in the source
     * @param distinctAfter  distinct non-null values of its output in the anonymised table; 0 for a dropped field
     */
    public record FieldLoss(String operation, List<String> sourceFields, long distinctBefore, long distinctAfter) {
        public FieldLoss {
            sourceFields = List.copyOf(sourceFields);
        }
    }
}
