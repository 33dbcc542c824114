// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.jobs.JobId;

/**
 * A derived dataset being made: the catalogue dataset, the ingest job that turns the query's answer into its first
 * version, and the access level it got (the most restrictive of its sources').
 */
public record DerivedSubmission(DatasetId datasetId, JobId jobId, AccessLevel accessLevel) {
}
