// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.ReviewedField;
import nl.datakraam.ingest.SchemaProposal;
import nl.datakraam.jobs.JobId;
import nl.datakraam.shared.LocalisedMessages;
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
 * The steward's schema review over REST: {@code GET /v1/jobs/{id}/review} gives the proposed schema of an ingest
 * job that waits in {@code awaiting_review}; {@code POST} confirms it, with changed fields, and the job continues.
 */
@RestController
class ReviewApiController {

    private final IngestService ingest;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    ReviewApiController(IngestService ingest, Authorization authorization, LocalisedMessages messages) {
        this.ingest = ingest;
        this.authorization = authorization;
        this.messages = messages;
    }

    /** The proposal; its issues' messages are in the language {@code Accept-Language} asks for (Dutch by default). */
    @Operation(summary = "The schema an ingest job proposes, awaiting review")
    @GetMapping("/v1/jobs/{id}/review")
    SchemaProposal proposal(@PathVariable UUID id, Locale locale) {
        return ingest.proposal(new JobId(id), authorization.currentCaller()).localised(messages, locale);
    }

    /**
     * @param fields the fields to change; an empty list or none confirms the proposal as it is
     * @param crs    the CRS to confirm or correct, as the proposal's {@code crs} asks: an EPSG code ({@code 28992},
     *               {@code "EPSG:28992"}, 4326, 4258); leave it out to keep what the file declares or the upload gave
     */
    record ReviewRequest(@Nullable List<ReviewedField> fields,
            @Schema(description = "EPSG code confirming the CRS: 28992 (RD New), 4326 (WGS 84) or 4258 (ETRS89);"
                    + " needed when the proposal's crs.required is true, and gives a table's coordinate columns"
                    + " point geometry", example = "28992", type = "string") @Nullable String crs) {
    }

    @Operation(summary = "Confirm a proposed schema, with changes and the CRS; the job then writes the version")
    @ApiResponse(responseCode = "202", description = "Confirmed; follow the job at the Location")
    @ApiResponse(responseCode = "400", description = "An unknown field or type (review.invalid), a crs that does not"
            + " answer the proposal or that the coordinates cannot be in (review.invalid, details.problem"
            + " crs-does-not-fit with the columns, their value ranges and the CRS that fits; the job keeps waiting),"
            + " or one that is not 28992, 4326 or 4258 (request.invalid-parameter)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The job is not awaiting a review",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/v1/jobs/{id}/review")
    ResponseEntity<Void> confirm(@PathVariable UUID id, @RequestBody(required = false) @Nullable ReviewRequest request) {
        List<ReviewedField> fields = request == null || request.fields() == null ? List.of() : request.fields();
        Integer crs = request == null ? null : IngestService.crsParameter(request.crs());
        ingest.confirmReview(new JobId(id), fields, crs, authorization.currentCaller());
        return ResponseEntity.accepted().header("Location", "/v1/jobs/" + id).build();
    }
}
