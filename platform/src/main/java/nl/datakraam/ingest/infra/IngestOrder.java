// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.Serializable;
import java.util.UUID;

/**
 * What an ingest job needs to know, kept with the scheduled task in the metadata store so that the job can run, or
 * run again after a crash, on any node.
 *
 * @param rawKey   blob key of the unaltered upload
 * @param rawSize  its size in bytes
 * @param filename the original file name
 */
public record IngestOrder(UUID jobId, UUID datasetId, String rawKey, String rawSha256, long rawSize, String filename)
        implements Serializable {
}
