// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.datakraam.lib.profiling.CheckResult;
import nl.datakraam.lib.profiling.Profile;
import nl.datakraam.lib.profiling.QualitySummary;
import org.jspecify.annotations.Nullable;

/**
 * The quality of a dataset's current version, as far as it is known.
 *
 * @param status     {@link #PENDING} while the job is queued or running, {@link #READY} when profile, checks and
 *                   summary are present, {@link #FAILED} when the job failed ({@code error} says why), or
 *                   {@link #ABSENT} for a version that was never profiled (committed before this module existed)
 * @param versionId  the version the report is about
 * @param version    its number, 1 for the first
 * @param computedAt when the report was computed (UTC); null unless ready
 * @param profile    field statistics; null unless ready
 * @param checks     check results, empty unless ready
 * @param summary    completeness and validity; null unless ready
 * @param error      why the job failed, in English; null unless failed
 * @param actualiteit whether the dataset was updated as often as it declares, judged now
 * @param dataQuality the data quality score of the version, assessed now (timeliness depends on the moment); null
 *                    unless ready
 * @param dataQualityHistory link to the stored assessments of the dataset, newest first
 *                    ({@code /v1/datasets/{id}/quality/history})
 * @param mqa        the dataset's latest metadata quality assessment (data.europa.eu MQA, 0–405 points), with a
 *                   link to its history; null until the first assessment has run (seconds after a version)
 */
public record QualityReport(String status, UUID versionId, int version, @Nullable Instant computedAt,
        @Nullable Profile profile, List<CheckResult> checks, @Nullable QualitySummary summary,
        @Nullable String error, @Nullable Actualiteit actualiteit, @Nullable DataQuality dataQuality,
        @Nullable String dataQualityHistory, @Nullable MqaAssessment mqa) {

    public static final String PENDING = "pending";
    public static final String READY = "ready";
    public static final String FAILED = "failed";
    public static final String ABSENT = "absent";

    public QualityReport {
        checks = List.copyOf(checks);
    }

    /** A report without actualiteit, data quality score and metadata quality. */
    public QualityReport(String status, UUID versionId, int version, @Nullable Instant computedAt,
            @Nullable Profile profile, List<CheckResult> checks, @Nullable QualitySummary summary,
            @Nullable String error) {
        this(status, versionId, version, computedAt, profile, checks, summary, error, null, null, null, null);
    }

    /** This report with the actualiteit, the data quality score (null: none) and the link to its history. */
    public QualityReport withDataQuality(Actualiteit actualiteit, @Nullable DataQuality dataQuality,
            String dataQualityHistory) {
        return new QualityReport(status, versionId, version, computedAt, profile, checks, summary, error, actualiteit,
                dataQuality, dataQualityHistory, mqa);
    }

    /** The same report with the dataset's metadata quality. */
    public QualityReport withMqa(@Nullable MqaAssessment assessment) {
        return new QualityReport(status, versionId, version, computedAt, profile, checks, summary, error, actualiteit,
                dataQuality, dataQualityHistory, assessment);
    }
}
