// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import nl.datakraam.catalog.DatasetId;
import nl.datakraam.jobs.JobId;

/** An accepted upload: the dataset it will become a version of, and the job that ingests it. */
public record IngestSubmission(DatasetId datasetId, JobId jobId) {
}
