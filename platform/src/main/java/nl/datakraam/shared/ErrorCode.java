// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import org.springframework.http.HttpStatus;

/**
 * Stable error keys. The key is what clients and the interface translate (messages_nl / messages_en, key
 * {@code error.<key>}); it never changes meaning once released.
 */
public enum ErrorCode {
    DATASET_NOT_FOUND("dataset.not-found", HttpStatus.NOT_FOUND),
    JOB_NOT_FOUND("job.not-found", HttpStatus.NOT_FOUND),
    JOB_NOT_AWAITING_REVIEW("job.not-awaiting-review", HttpStatus.CONFLICT),
    JOB_ALREADY_FINISHED("job.already-finished", HttpStatus.CONFLICT),
    REVIEW_INVALID("review.invalid", HttpStatus.BAD_REQUEST),
    NOT_ALLOWED("access.not-allowed", HttpStatus.FORBIDDEN),
    LOGIN_REQUIRED("access.login-required", HttpStatus.UNAUTHORIZED),
    RATE_LIMITED("access.rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    UPLOAD_MISSING_FILE("upload.missing-file", HttpStatus.BAD_REQUEST),
    UPLOAD_EMPTY_FILE("upload.empty-file", HttpStatus.BAD_REQUEST),
    UPLOAD_TOO_LARGE("upload.too-large", HttpStatus.CONTENT_TOO_LARGE),
    UPLOAD_UNSUPPORTED_FORMAT("upload.unsupported-format", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    UPLOAD_INTERRUPTED("upload.interrupted", HttpStatus.BAD_REQUEST),
    FETCH_URL_REFUSED("fetch.url-refused", HttpStatus.BAD_REQUEST),
    FETCH_FAILED("fetch.failed", HttpStatus.UNPROCESSABLE_CONTENT),
    FETCH_TOO_LARGE("fetch.too-large", HttpStatus.CONTENT_TOO_LARGE),
    FETCH_SOURCE_NOT_FOUND("fetch.source-not-found", HttpStatus.NOT_FOUND),
    HARVEST_SOURCE_NOT_FOUND("harvest.source-not-found", HttpStatus.NOT_FOUND),
    INVALID_PARAMETER("request.invalid-parameter", HttpStatus.BAD_REQUEST),
    QUERY_REJECTED("query.rejected", HttpStatus.BAD_REQUEST),
    QUERY_FAILED("query.failed", HttpStatus.BAD_REQUEST),
    QUERY_TIMEOUT("query.timeout", HttpStatus.UNPROCESSABLE_CONTENT),
    QUERY_BUSY("query.busy", HttpStatus.SERVICE_UNAVAILABLE),
    QUERY_CANCELLED("query.cancelled", HttpStatus.UNPROCESSABLE_CONTENT),
    QUERY_RUN_NOT_FOUND("query.run-not-found", HttpStatus.NOT_FOUND),
    REQUEST_UNREADABLE("request.unreadable", HttpStatus.BAD_REQUEST),
    DOWNLOAD_FORMAT_UNKNOWN("download.format-unknown", HttpStatus.BAD_REQUEST),
    DATASET_HAS_NO_DATA("dataset.has-no-data", HttpStatus.CONFLICT),
    METADATA_INVALID("metadata.invalid", HttpStatus.BAD_REQUEST),
    ORGANISATION_NOT_FOUND("organisation.not-found", HttpStatus.NOT_FOUND),
    /** An account, user group or API key request with a bad value; details {@code field}, {@code problem}. */
    ACCOUNT_INVALID("account.invalid", HttpStatus.BAD_REQUEST),
    ACCOUNT_NOT_FOUND("account.not-found", HttpStatus.NOT_FOUND),
    /** An account or user group with that id exists; details {@code kind} ({@code account}, {@code user-group}), {@code id}. */
    ACCOUNT_EXISTS("account.exists", HttpStatus.CONFLICT),
    API_KEY_NOT_FOUND("api-key.not-found", HttpStatus.NOT_FOUND),
    KEY_READ_ONLY("access.key-read-only", HttpStatus.FORBIDDEN),
    INVALID_TOKEN("access.invalid-token", HttpStatus.UNAUTHORIZED),
    SETUP_LINK_INVALID("access.setup-link-invalid", HttpStatus.NOT_FOUND),
    FEATURE_NOT_FOUND("feature.not-found", HttpStatus.NOT_FOUND),
    /** A map of the datalab that does not exist or that the caller may not see (the two look the same). */
    MAP_NOT_FOUND("map.not-found", HttpStatus.NOT_FOUND),
    /** A map that cannot be saved as given; the message ({@link MapCode}, {@link RequestCode}) says why. */
    MAP_INVALID("map.invalid", HttpStatus.BAD_REQUEST),
    /** A chart that does not exist or that the caller may not see. */
    CHART_NOT_FOUND("chart.not-found", HttpStatus.NOT_FOUND),
    /** A dashboard that does not exist or that the caller may not see. */
    DASHBOARD_NOT_FOUND("dashboard.not-found", HttpStatus.NOT_FOUND),
    /** A builder question, chart or dashboard with a bad part; the {@link DatalabCode} says which. */
    DATALAB_INVALID("datalab.invalid", HttpStatus.BAD_REQUEST),
    /** Making a chart or dashboard openbaar while it shows non-public data or items ({@link DatalabCode}). */
    DATALAB_NOT_PUBLIC("datalab.not-public", HttpStatus.CONFLICT),
    /** A visible chart or key figure whose data the caller may not read; says nothing of which data. */
    DATALAB_DATA_UNAVAILABLE("datalab.data-unavailable", HttpStatus.FORBIDDEN),
    /** An assessment that does not exist or that the caller may not see (a draft of someone else). */
    ASSESSMENT_NOT_FOUND("privacy.assessment.not-found", HttpStatus.NOT_FOUND),
    /** An assessment or initiative request with a bad value; said by a {@link PrivacyCode} or {@link RequestCode}. */
    ASSESSMENT_INVALID("privacy.assessment.invalid", HttpStatus.BAD_REQUEST),
    /** A workflow step that the assessment's status does not allow; details {@code status}, {@code action}. */
    ASSESSMENT_WRONG_STATE("privacy.assessment.wrong-state", HttpStatus.CONFLICT),
    INITIATIVE_NOT_FOUND("privacy.assessment.initiative-not-found", HttpStatus.NOT_FOUND),
    PROCESSING_ACTIVITY_NOT_FOUND("privacy.processing.not-found", HttpStatus.NOT_FOUND),
    /** A processing activity with a bad value; said by a {@link PrivacyCode} or {@link RequestCode}. */
    PROCESSING_ACTIVITY_INVALID("privacy.processing.invalid", HttpStatus.BAD_REQUEST),
    /** A retention request with a bad value; said by a {@link PrivacyCode} or {@link RequestCode}. */
    RETENTION_INVALID("privacy.retention.invalid", HttpStatus.BAD_REQUEST),
    /** A deletion that retention does not allow now (not expired, the current version, deleted before). */
    RETENTION_REFUSED("privacy.retention.refused", HttpStatus.CONFLICT),
    /** A deletion that could not be carried out; nothing was deleted. Said by a {@link PrivacyCode}. */
    RETENTION_DELETION_FAILED("privacy.retention.deletion-failed", HttpStatus.CONFLICT),
    /** A saved query that does not exist or is not the caller's; details {@code savedQueryId}. */
    SAVED_QUERY_NOT_FOUND("saved-query.not-found", HttpStatus.NOT_FOUND),
    /**
     * The publication gate refuses to make a dataset {@code openbaar} or share it with a partner organisation; said
     * by {@link GateCode#REFUSED}, with every reason in {@link PlatformException#reasons()}.
     */
    PUBLICATION_REFUSED("dataset.publication-refused", HttpStatus.CONFLICT),
    /** An anonymisation plan that does not fit the dataset; details {@code field}, {@code problem}. */
    ANONYMISATION_INVALID("privacy.anonymisation.invalid", HttpStatus.BAD_REQUEST),
    /** An anonymisation to apply without a plan, or a dataset without data to anonymise. */
    ANONYMISATION_NOT_POSSIBLE("privacy.anonymisation.not-possible", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    ErrorCode(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    /** The stable key, e.g. {@code dataset.not-found}. */
    public String key() {
        return key;
    }

    /** The HTTP status this error maps to when it reaches a client. */
    public HttpStatus status() {
        return status;
    }
}
