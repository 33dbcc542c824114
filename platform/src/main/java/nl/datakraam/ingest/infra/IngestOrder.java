// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.Serializable;
import java.util.UUID;
import nl.datakraam.ingest.VersionMode;
import org.jspecify.annotations.Nullable;

/**
 * What an ingest job needs to know, kept with the scheduled task in the metadata store so that the job can run, or
 * run again after a crash, on any node.
 *
 * @param rawKey   blob key of the unaltered upload
 * @param rawSize  its size in bytes
 * @param filename the original file name
 * @param mode     how the upload becomes a version
 * @param review   whether a steward reviews the inferred schema before the version is written
 * @param confirmed whether the steward has done so (the job's second run)
 * @param crs      the EPSG code the steward confirmed for coordinates whose file does not declare their CRS (28992,
 *                 4326 or 4258), or null; orders stored before this field existed read back with null
 */
public record IngestOrder(UUID jobId, UUID datasetId, String rawKey, String rawSha256, long rawSize, String filename,
        VersionMode mode, boolean review, boolean confirmed, @Nullable Integer crs) implements Serializable {

    /**
     * The same order, for the run after the steward confirmed the schema, with the CRS confirmed (or corrected) in
     * the review.
     *
     * @param reviewedCrs EPSG code 28992, 4326 or 4258, or null for none
     */
    public IngestOrder confirmedByReview(@Nullable Integer reviewedCrs) {
        return new IngestOrder(jobId, datasetId, rawKey, rawSha256, rawSize, filename, mode, review, true,
                reviewedCrs);
    }
}
