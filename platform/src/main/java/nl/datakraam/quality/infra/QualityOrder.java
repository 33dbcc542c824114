// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import java.io.Serializable;
import java.util.UUID;

/**
 * What a quality job needs to know, kept with the scheduled task in the metadata store so that it can run, or run
 * again after a crash, on any node.
 */
record QualityOrder(UUID jobId, UUID datasetId, UUID versionId) implements Serializable {
}
