// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.query.DerivedDatasets;
import nl.datakraam.query.DerivedSubmission;
import nl.datakraam.query.Lineage;
import nl.datakraam.query.NewSavedQuery;
import nl.datakraam.query.SavedQueries;
import nl.datakraam.query.SavedQuery;
import nl.datakraam.shared.LocalisedMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /v1/saved-queries} (the caller's saved queries; the beheerder's: everyone's), {@code POST
 * /v1/saved-queries/{id}/dataset} (make a derived dataset of one) and {@code GET /v1/datasets/{id}/lineage}.
 */
@RestController
class SavedQueryApiController {

    private final SavedQueries queries;
    private final DerivedDatasets derived;
    private final Authorization authorization;
    private final JsonMapper json;
    private final LocalisedMessages messages;

    SavedQueryApiController(SavedQueries queries, DerivedDatasets derived, Authorization authorization,
            JsonMapper json, LocalisedMessages messages) {
        this.json = json;
        this.messages = messages;
        this.queries = queries;
        this.derived = derived;
        this.authorization = authorization;
    }

    /**
     * @param builder the query builder's state: any JSON object, given back as it was (also accepted as a string
     *                holding one)
     */
    record SavedQueryRequest(@Nullable String title, @Nullable String description, @Nullable String sql,
            @Nullable JsonNode builder) {

        NewSavedQuery toNew() {
            String state = builder == null || builder.isNull() ? null
                    : builder.isString() ? builder.asString() : builder.toString();
            return new NewSavedQuery(title, description, sql, state);
        }
    }

    /** A saved query on the wire: {@code builder} as the JSON object it was saved as. */
    record SavedQueryView(UUID id, String owner, String title, @Nullable String description, String sql,
            @Nullable JsonNode builder, java.time.Instant createdAt, java.time.Instant modifiedAt,
            java.time.@Nullable Instant lastRunAt, @Nullable Long lastRunRows, boolean lastRunTruncated) {
    }

    /** What {@code POST /v1/saved-queries/{id}/dataset} takes; both optional. */
    record DeriveRequest(@Nullable String title, @Nullable String description) {
    }

    /** @param jobId the ingest job of the first version; follow it at {@code /v1/jobs/{jobId}} */
    record DeriveResponse(UUID datasetId, UUID jobId, String accessLevel) {
    }

    @Operation(summary = "Save a query", description = "Runs the SELECT as you first; one that does not run is"
            + " not saved. builder is any JSON object (the query builder's state), given back unchanged.")
    @PostMapping("/v1/saved-queries")
    ResponseEntity<SavedQueryView> create(@RequestBody SavedQueryRequest request) {
        SavedQuery query = queries.create(request.toNew(), authorization.currentCaller());
        return ResponseEntity.created(URI.create("/v1/saved-queries/" + query.id())).body(view(query));
    }

    @Operation(summary = "Your saved queries", description = "The beheerder sees everyone's.")
    @GetMapping("/v1/saved-queries")
    List<SavedQueryView> list() {
        return queries.list(authorization.currentCaller()).stream().map(this::view).toList();
    }

    @Operation(summary = "One of your saved queries")
    @GetMapping("/v1/saved-queries/{id}")
    SavedQueryView get(@PathVariable UUID id) {
        return view(queries.get(id, authorization.currentCaller()));
    }

    @Operation(summary = "Change a saved query", description = "Runs the new SELECT as you first. Derived datasets"
            + " made of it keep the SQL they were made with.")
    @PutMapping("/v1/saved-queries/{id}")
    SavedQueryView update(@PathVariable UUID id, @RequestBody SavedQueryRequest request) {
        return view(queries.update(id, request.toNew(), authorization.currentCaller()));
    }

    @Operation(summary = "Delete a saved query", description = "Derived datasets made of it stay.")
    @DeleteMapping("/v1/saved-queries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        queries.delete(id, authorization.currentCaller());
    }

    @Operation(summary = "Make a derived dataset of a saved query", description = "Writes the whole answer as"
            + " Parquet and ingests it as a new dataset at the most restrictive access level of its sources; it is"
            + " made again, as you, whenever a source gets a new version. Follow the job at /v1/jobs/{jobId}.")
    @PostMapping("/v1/saved-queries/{id}/dataset")
    ResponseEntity<DeriveResponse> derive(@PathVariable UUID id,
            @RequestBody(required = false) @Nullable DeriveRequest request) {
        DerivedSubmission submission = derived.create(id, request == null ? null : request.title(),
                request == null ? null : request.description(), authorization.currentCaller());
        return ResponseEntity.accepted().location(URI.create("/v1/datasets/" + submission.datasetId()))
                .body(new DeriveResponse(submission.datasetId().value(), submission.jobId().value(),
                        submission.accessLevel().code()));
    }

    @Operation(summary = "Where a dataset comes from and where it is used", description = "For a derived dataset:"
            + " its SQL and the exact source versions it read (sources you may not read without their identity), and"
            + " its last refresh's failure; for any dataset: the derived datasets you may read that use it.")
    @GetMapping("/v1/datasets/{id}/lineage")
    Lineage lineage(@PathVariable UUID id, Locale locale) {
        Lineage lineage = derived.lineage(new DatasetId(id), authorization.currentCaller());
        Lineage.RefreshError error = lineage.refreshError();
        if (error == null) {
            return lineage;
        }
        // the stored sentence is in the language of the refresh job; say it in the reader's, as the dataset page does
        Lineage.RefreshError said = new Lineage.RefreshError(error.code(), error.arguments(),
                messages.issue(error.code(), error.arguments(), locale, error.message()), error.at());
        return new Lineage(lineage.derived(), lineage.versionId(), lineage.sql(), lineage.owner(), lineage.sources(),
                lineage.refreshedAt(), said, lineage.usedIn());
    }

    private SavedQueryView view(SavedQuery query) {
        JsonNode builder = query.builder() == null ? null : json.readTree(query.builder());
        return new SavedQueryView(query.id(), query.owner(), query.title(), query.description(), query.sql(),
                builder, query.createdAt(), query.modifiedAt(), query.lastRunAt(), query.lastRunRows(),
                query.lastRunTruncated());
    }
}
