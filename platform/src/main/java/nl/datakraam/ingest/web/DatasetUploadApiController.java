// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.ingest.VersionMode;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /v1/datasets}: upload a file as a new dataset; {@code POST /v1/datasets/{id}/versions}: a new version.
 * Both are answered 202 with the dataset and job ids.
 */
@RestController
class DatasetUploadApiController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String CRS = "EPSG code confirming the CRS of coordinates the file does not declare: 28992"
            + " (RD New), 4326 (WGS 84) or 4258 (ETRS89); e.g. for GeoJSON in RD metres without a crs member, or a"
            + " CSV with x/y columns (which then gets point geometry). The ingest job's message or issues say when"
            + " it is needed.";

    private final IngestService ingest;
    private final Authorization authorization;

    DatasetUploadApiController(IngestService ingest, Authorization authorization) {
        this.ingest = ingest;
        this.authorization = authorization;
    }

    /**
     * @param file        multipart field {@code file}
     * @param title       optional title; the file name when absent
     * @param accessLevel {@code openbaar}, {@code intern}, {@code beperkt} or {@code vertrouwelijk} (default
     *                    {@code intern}, so nothing becomes public by accident)
     */
    @Operation(summary = "Upload a file as a new dataset",
            description = "Stores the file unaltered, registers the dataset and queues its ingest job. Needs an "
                    + "administrator token. Follow the job at /v1/jobs/{jobId}.")
    @ApiResponse(responseCode = "202", description = "Accepted: the dataset id and the ingest job id")
    @ApiResponse(responseCode = "400", description = "No file, or a parameter out of range (problem details)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or a wrong token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Over the upload size limit; the limit is stated",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "A file type Datakraam cannot read; the supported ones are listed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/v1/datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UploadAccepted> upload(
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestPart(name = "title", required = false) @Parameter(description = "Title; the file name when absent")
            @Nullable String title,
            @RequestPart(name = "accessLevel", required = false)
            @Schema(allowableValues = {"openbaar", "intern", "beperkt", "vertrouwelijk"}, defaultValue = "intern")
            @Nullable String accessLevel,
            @RequestPart(name = "review", required = false)
            @Parameter(description = "true: stop for a review of the inferred schema (GET/POST /v1/jobs/{jobId}/review)")
            @Nullable String review,
            @RequestPart(name = "crs", required = false) @Parameter(description = CRS)
            @Nullable String crs)
            throws IOException {
        var caller = authorization.currentCaller();
        authorization.requireCreate(caller);
        IngestSubmission submission;
        try (InputStream content = required(file).getInputStream()) {
            submission = ingest.submit(String.valueOf(file.getOriginalFilename()), content, title,
                    accessLevel(accessLevel), flag(review), IngestService.crsParameter(crs), caller);
        }
        return accepted(submission);
    }

    @Operation(summary = "Upload a new version of a dataset",
            description = "mode=replace (default) makes the file the whole new version; mode=append adds its rows to"
                    + " the current version's, which needs the same fields. Follow the job at /v1/jobs/{jobId}.")
    @ApiResponse(responseCode = "202", description = "Accepted: the dataset id and the ingest job id")
    @PostMapping(path = "/v1/datasets/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UploadAccepted> uploadVersion(@PathVariable UUID id,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestPart(name = "mode", required = false)
            @Schema(allowableValues = {"replace", "append"}, defaultValue = "replace") @Nullable String mode,
            @RequestPart(name = "review", required = false) @Nullable String review,
            @RequestPart(name = "crs", required = false) @Parameter(description = CRS) @Nullable String crs)
            throws IOException {
        var caller = authorization.currentCaller();
        authorization.requireEditDatasets(caller);
        IngestSubmission submission;
        try (InputStream content = required(file).getInputStream()) {
            submission = ingest.submitVersion(new DatasetId(id), String.valueOf(file.getOriginalFilename()), content,
                    mode(mode), flag(review), IngestService.crsParameter(crs), caller);
        }
        return accepted(submission);
    }

    private static MultipartFile required(@Nullable MultipartFile file) {
        return UploadedFiles.present(file, "Send the file as multipart form field 'file'; it was missing.");
    }

    private static ResponseEntity<UploadAccepted> accepted(IngestSubmission submission) {
        return ResponseEntity.accepted()
                .location(URI.create("/v1/jobs/" + submission.jobId()))
                .body(new UploadAccepted(submission.datasetId().value(), submission.jobId().value()));
    }

    static boolean flag(@Nullable String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("on") || value.equals("1"));
    }

    static VersionMode mode(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return VersionMode.REPLACE;
        }
        try {
            return VersionMode.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                    Map.of("parameter", "mode", "allowed", List.of("replace", "append")));
        }
    }

    static AccessLevel accessLevel(@Nullable String value) {
        return AccessLevel.parameter("accessLevel", value, AccessLevel.INTERN);
    }

    /** @param id the new dataset; @param jobId the ingest job, to follow at {@code /v1/jobs/{jobId}} */
    record UploadAccepted(UUID id, UUID jobId) {
    }
}
