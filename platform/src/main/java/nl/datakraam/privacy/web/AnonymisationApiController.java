// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.Anonymisation;
import nl.datakraam.privacy.AnonymisationSpec;
import nl.datakraam.privacy.anonymise.Preview;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anonymisation of a dataset (issue 9; {@code docs/anonymisation.md}):
 * <ul>
 *   <li>{@code GET /v1/datasets/{id}/anonymisation}: the plan, the current version's fields and types, the copies
 *       made, and for a copy its source;</li>
 *   <li>{@code PUT /v1/datasets/{id}/anonymisation}: saves the plan ({@link AnonymisationSpec}); 400
 *       {@code privacy.anonymisation.invalid} naming the field and problem when it does not fit;</li>
 *   <li>{@code POST /v1/datasets/{id}/anonymisation/preview}: what the plan in the body (or, with no body, the saved
 *       one; also for an empty plan {@code {}}) would do: k before and after, rows suppressed, information lost, sample rows; nothing is written;</li>
 *   <li>{@code POST /v1/datasets/{id}/anonymisation/apply}: applies the saved plan, 202 with the copy's id and its
 *       ingest job;</li>
 *   <li>{@code POST /v1/datasets/{id}/anonymisation/pseudonym}: re-identification for the functionaris
 *       gegevensbescherming and the beheerder: {@code {"field", "value", "reason"}} answers {@code {"pseudonym"}},
 *       or with {@code "pseudonym"} given, {@code {"matches": true|false}}; audited with the reason. Values travel
 *       in the body, never in the URI (API Design Rules API-58).</li>
 * </ul>
 */
@RestController
class AnonymisationApiController {

    private final Anonymisation anonymisation;
    private final Authorization authorization;

    AnonymisationApiController(Anonymisation anonymisation, Authorization authorization) {
        this.anonymisation = anonymisation;
        this.authorization = authorization;
    }

    @GetMapping("/v1/datasets/{id}/anonymisation")
    Anonymisation.Overview overview(@PathVariable UUID id) {
        return anonymisation.overview(new DatasetId(id), authorization.currentCaller());
    }

    @PutMapping("/v1/datasets/{id}/anonymisation")
    AnonymisationSpec save(@PathVariable UUID id, @RequestBody AnonymisationSpec plan) {
        return anonymisation.save(new DatasetId(id), plan, authorization.currentCaller());
    }

    @PostMapping("/v1/datasets/{id}/anonymisation/preview")
    Preview preview(@PathVariable UUID id, @RequestBody(required = false) @Nullable AnonymisationSpec plan) {
        boolean empty = plan == null || plan.operations().isEmpty() && plan.quasiIdentifiers().isEmpty();
        return anonymisation.preview(new DatasetId(id), empty ? null : plan, authorization.currentCaller());
    }

    @PostMapping("/v1/datasets/{id}/anonymisation/apply")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Anonymisation.Applied apply(@PathVariable UUID id) {
        return anonymisation.apply(new DatasetId(id), authorization.currentCaller());
    }

    /** A re-identification question; {@code pseudonym} given asks whether it matches instead. */
    record PseudonymQuestion(@Nullable String field, @Nullable String value, @Nullable String reason,
            @Nullable String pseudonym) {
    }

    @PostMapping("/v1/datasets/{id}/anonymisation/pseudonym")
    Map<String, Object> pseudonym(@PathVariable UUID id, @RequestBody PseudonymQuestion question) {
        String field = required("field", question.field());
        String value = required("value", question.value());
        String answer = anonymisation.pseudonymOf(new DatasetId(id), field, value,
                question.reason() == null ? "" : question.reason(), authorization.currentCaller());
        return question.pseudonym() == null ? Map.of("pseudonym", answer)
                : Map.of("matches", answer.equals(question.pseudonym().strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static String required(String parameter, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.MISSING,
                    Map.of("parameter", parameter));
        }
        return value;
    }
}
