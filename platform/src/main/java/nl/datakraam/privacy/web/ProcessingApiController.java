// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.privacy.ProcessingActivities;
import nl.datakraam.privacy.ProcessingActivityInput;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The processing register (AVG art. 30) in the shape of the VNG verwerkingsactiviteiten API
 * ({@link ProcessingRegisterFormat}):
 * <ul>
 * <li>{@code GET /v1/verwerkingsactiviteiten} — public: everyone reads the activities marked {@code openbaar}
 * (without {@code contactgegevens} and {@code beveiligingsmaatregelen}); staff read all, in full;
 * {@code ?format=csv} gives the CSV export (the same rows);
 * <li>{@code GET /v1/verwerkingsactiviteiten/{id}} — 404 {@code privacy.processing.not-found} when absent or not
 * visible;
 * <li>{@code POST /v1/verwerkingsactiviteiten} (201), {@code PUT /v1/verwerkingsactiviteiten/{id}} — beheerder,
 * data-eigenaar, functionaris-gegevensbescherming; body {@link ProcessingActivityInput}; 400
 * {@code privacy.processing.invalid}.
 * </ul>
 */
@RestController
class ProcessingApiController {

    private final ProcessingActivities activities;
    private final Authorization authorization;

    ProcessingApiController(ProcessingActivities activities, Authorization authorization) {
        this.activities = activities;
        this.authorization = authorization;
    }

    @GetMapping("/v1/verwerkingsactiviteiten")
    ResponseEntity<?> list(@RequestParam(defaultValue = "json") String format) {
        var list = activities.list(authorization.currentCaller());
        return switch (format) {
            case "json" -> ResponseEntity.ok(ProcessingRegisterFormat.list(list));
            case "csv" -> csv(ProcessingRegisterFormat.csv(list));
            default -> throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                    Map.of("parameter", "format", "allowed", List.of("json", "csv")));
        };
    }

    @GetMapping("/v1/verwerkingsactiviteiten/{id}")
    Map<String, @Nullable Object> one(@PathVariable UUID id) {
        return ProcessingRegisterFormat.json(activities.get(id, authorization.currentCaller()));
    }

    @PostMapping("/v1/verwerkingsactiviteiten")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, @Nullable Object> create(@RequestBody ProcessingActivityInput body) {
        return ProcessingRegisterFormat.json(activities.create(body, authorization.currentCaller()));
    }

    @PutMapping("/v1/verwerkingsactiviteiten/{id}")
    Map<String, @Nullable Object> update(@PathVariable UUID id, @RequestBody ProcessingActivityInput body) {
        return ProcessingRegisterFormat.json(activities.update(id, body, authorization.currentCaller()));
    }

    /** A CSV download, UTF-8, named {@code verwerkingsregister.csv}. */
    static ResponseEntity<byte[]> csv(String text) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"verwerkingsregister.csv\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
