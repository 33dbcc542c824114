// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.UUID;

/**
 * Published when a version has become the current version of its dataset, inside the committing transaction;
 * listen after commit ({@code @TransactionalEventListener}) to act on data that is certain to be visible.
 *
 * @param versionNumber 1 for the first version
 */
public record DatasetVersionCommitted(DatasetId datasetId, UUID versionId, int versionNumber) {
}
