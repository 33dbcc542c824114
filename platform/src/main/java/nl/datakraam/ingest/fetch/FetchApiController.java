// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/datasets/from-url}: a dataset fetched from a URL (and again on a schedule);
 * {@code GET /v1/datasets/{id}/source}: where it comes from and how the last fetch went;
 * {@code POST /v1/datasets/{id}/source/refresh}: fetch now.
 */
@RestController
class FetchApiController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final FetchService fetch;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    FetchApiController(FetchService fetch, Authorization authorization, LocalisedMessages messages) {
        this.fetch = fetch;
        this.authorization = authorization;
        this.messages = messages;
    }

    /**
     * @param url         http or https URL of a file Datakraam reads (CSV, XLSX, JSON, GeoJSON, …)
     * @param title       optional; the file name when absent
     * @param accessLevel {@code openbaar}, {@code intern} (default), {@code beperkt} or {@code vertrouwelijk}
     * @param schedule    {@code none} (default), {@code daily}, {@code weekly} or {@code monthly}
     * @param review      new versions stop for a review of the inferred schema
     */
    record FromUrl(@Nullable String url, @Nullable String title,
            @Schema(allowableValues = {"openbaar", "intern", "beperkt", "vertrouwelijk"}, defaultValue = "intern")
            @Nullable String accessLevel,
            @Schema(allowableValues = {"none", "daily", "weekly", "monthly"}, defaultValue = "none")
            @Nullable String schedule,
            @Nullable Boolean review) {
    }

    /** @param id the new dataset; @param jobId its ingest job, to follow at {@code /v1/jobs/{jobId}} */
    record Accepted(UUID id, UUID jobId) {
    }

    /**
     * A dataset's fetch source.
     *
     * @param lastStatus  {@code fetched}, {@code not_modified} or {@code failed}
     * @param lastMessage what happened, in a sentence in the language {@code Accept-Language} asks for (Dutch by
     *                    default); the reason when it failed
     * @param lastMessageCode      its stable code ({@code fetch.received}, {@code fetch.unchanged},
     *                    {@code fetch.failed-kept}, …); null for a fetch recorded before codes, said in English
     * @param lastMessageArguments its facts by name (the reason of a failure as a nested code, arguments and English)
     * @param lastJobId   the ingest job of the last file received
     * @param nextFetchAt when the schedule fetches it next (null for {@code none})
     */
    record SourceView(String url, String schedule, boolean review, @Nullable Instant lastFetchedAt,
            @Nullable String lastStatus, @Nullable String lastMessage, @Nullable String lastMessageCode,
            Map<String, Object> lastMessageArguments, @Nullable UUID lastJobId, @Nullable String etag,
            @Nullable String lastModified, @Nullable Instant nextFetchAt) {

        static SourceView of(FetchSource source, LocalisedMessages messages, Locale locale) {
            String said = source.lastMessage() == null || source.lastMessageCode() == null ? source.lastMessage()
                    : messages.issue(source.lastMessageCode(), source.lastMessageArguments(), locale,
                    source.lastMessage());
            return new SourceView(source.url().toString(), source.schedule().code(), source.review(),
                    source.lastFetchedAt(), source.lastStatus() == null ? null : source.lastStatus().code(), said,
                    source.lastMessageCode(), source.lastMessageArguments(), source.lastJobId(), source.etag(),
                    source.lastModified(), source.nextFetchAt());
        }
    }

    @Operation(summary = "Fetch a file from a URL as a new dataset",
            description = "Downloads the file (http/https, redirects followed, the upload size limit applies), stores"
                    + " it unaltered and queues its ingest, as an upload does; with a schedule Datakraam fetches it"
                    + " again (conditionally, with ETag and Last-Modified) and makes a new version when it changed."
                    + " Needs an administrator token. Follow the job at /v1/jobs/{jobId}.")
    @ApiResponse(responseCode = "202", description = "Accepted: the dataset id and the ingest job id")
    @ApiResponse(responseCode = "400", description = "A URL Datakraam may not fetch, or a parameter out of range",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The file is over the size limit; the limit is stated",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "A file type Datakraam cannot read",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The server did not deliver the file; the reason is stated",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/v1/datasets/from-url", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> fromUrl(@RequestBody FromUrl request) {
        var caller = authorization.currentCaller();
        authorization.requireCreate(caller);
        if (request.url() == null || request.url().isBlank()) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.MISSING, Map.of("parameter", "url"));
        }
        IngestSubmission submission = fetch.fromUrl(request.url(), request.title(), AccessLevel.parameter("accessLevel", request.accessLevel(), AccessLevel.INTERN),
                schedule(request.schedule()), Boolean.TRUE.equals(request.review()), caller);
        return ResponseEntity.accepted()
                .location(URI.create("/v1/jobs/" + submission.jobId()))
                .body(new Accepted(submission.datasetId().value(), submission.jobId().value()));
    }

    @Operation(summary = "Where a dataset fetched from a URL comes from, and how the last fetch went")
    @ApiResponse(responseCode = "200", description = "The source")
    @ApiResponse(responseCode = "404", description = "No such dataset visible to the caller, or not fetched from a URL",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/v1/datasets/{id}/source", produces = MediaType.APPLICATION_JSON_VALUE)
    SourceView source(@PathVariable UUID id, Locale locale) {
        return SourceView.of(fetch.source(new DatasetId(id), authorization.currentCaller()), messages, locale);
    }

    @Operation(summary = "Fetch a dataset's source now",
            description = "A conditional GET: an unchanged file (304) changes nothing; a changed one becomes a new"
                    + " version through an ingest job (lastJobId). A failure is recorded on the source, and the"
                    + " current version stays. Needs an administrator token.")
    @ApiResponse(responseCode = "200", description = "The source after the fetch; lastStatus says what happened")
    @PostMapping(path = "/v1/datasets/{id}/source/refresh", produces = MediaType.APPLICATION_JSON_VALUE)
    SourceView refresh(@PathVariable UUID id, Locale locale) {
        var caller = authorization.currentCaller();
        authorization.requireEditDatasets(caller);
        return SourceView.of(fetch.refresh(new DatasetId(id), caller), messages, locale);
    }

    private static FetchSchedule schedule(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return FetchSchedule.NONE;
        }
        try {
            return FetchSchedule.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter",
                    "schedule", "allowed", Arrays.stream(FetchSchedule.values()).map(FetchSchedule::code).toList()));
        }
    }
}
