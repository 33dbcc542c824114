// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import java.util.List;
import java.util.Map;

/**
 * How to anonymise one table: operations per field, then k-anonymity over quasi-identifiers.
 *
 * @param operations       at most one per source field; fields not named are copied as they are
 * @param quasiIdentifiers output fields (after the operations) whose combination could single someone out; empty for
 *                         no k-anonymity step
 * @param k                the smallest equivalence class to keep, 2 to 1000; ignored without quasi-identifiers
 * @param suppression      what happens to the records of classes smaller than {@code k}
 */
public record AnonymisationPlan(List<FieldOperation> operations, List<String> quasiIdentifiers, int k,
        Suppression suppression) {

    /** Largest k accepted. */
    public static final int MAX_K = 1000;

    /** What happens to records in an equivalence class smaller than k. */
    public enum Suppression {
        /** They are left out of the anonymised table. */
        DROP_ROWS,
        /**
         * Their quasi-identifiers are set to null; the blanked records then form one class of their own (with any
         * records whose quasi-identifiers were all null already), which is itself dropped if it is smaller than k.
         */
        BLANK_QUASI_IDENTIFIERS
    }

    /**
     * @throws AnonymisationException {@code k-range} for quasi-identifiers with k outside 2 to {@value #MAX_K}
     */
    public AnonymisationPlan {
        operations = List.copyOf(operations);
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        if (!quasiIdentifiers.isEmpty() && (k < 2 || k > MAX_K)) {
            throw new AnonymisationException("k-range", Map.of("k", k, "min", 2, "max", MAX_K),
                    "k must be 2 to " + MAX_K + ".");
        }
    }

    /** A plan without k-anonymity. */
    public static AnonymisationPlan of(List<FieldOperation> operations) {
        return new AnonymisationPlan(operations, List.of(), 0, Suppression.DROP_ROWS);
    }
}
