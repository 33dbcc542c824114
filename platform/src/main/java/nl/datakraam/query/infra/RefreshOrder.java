// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.io.Serializable;
import java.util.UUID;

/**
 * A refresh job's data: the derived dataset to refresh and the source version that caused it.
 *
 * @param sourceDatasetId the source that got a new version
 * @param sourceVersionId that version
 */
record RefreshOrder(UUID jobId, UUID derivedDatasetId, UUID sourceDatasetId, UUID sourceVersionId)
        implements Serializable {
}
