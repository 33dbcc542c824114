// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

import java.io.Serializable;
import java.util.UUID;

/** What a privacy scan job needs to know, kept with the scheduled task so that it can run again after a crash. */
record PrivacyOrder(UUID jobId, UUID datasetId, UUID versionId) implements Serializable {
}
