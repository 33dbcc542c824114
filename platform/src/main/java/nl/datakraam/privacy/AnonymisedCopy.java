// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Instant;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;

/**
 * One application of an anonymisation plan: the source version it read and the copy dataset it gave a version to.
 *
 * @param copy           the anonymised copy, a dataset of its own
 * @param source         the dataset anonymised, which stays as it was
 * @param sourceVersion  the version read
 * @param rowsKept       records in the copy's new version
 * @param rowsSuppressed records left out by k-anonymity
 * @param k              the k reached (0 without quasi-identifiers)
 * @param appliedBy      the account that applied it
 */
public record AnonymisedCopy(DatasetId copy, DatasetId source, UUID sourceVersion, long rowsKept,
        long rowsSuppressed, long k, String appliedBy, Instant appliedAt) {
}
