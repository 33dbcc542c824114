// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
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

    /** @param fields the fields to change; an empty list or none confirms the proposal as it is */
    record ReviewRequest(@Nullable List<ReviewedField> fields) {
    }

    @Operation(summary = "Confirm a proposed schema, with changes; the job then writes the version")
    @PostMapping("/v1/jobs/{id}/review")
    ResponseEntity<Void> confirm(@PathVariable UUID id, @RequestBody(required = false) @Nullable ReviewRequest request) {
        List<ReviewedField> fields = request == null || request.fields() == null ? List.of() : request.fields();
        ingest.confirmReview(new JobId(id), fields, authorization.currentCaller());
        return ResponseEntity.accepted().header("Location", "/v1/jobs/" + id).build();
    }
}
