// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.ExpiredVersion;
import nl.datakraam.privacy.Retention;
import nl.datakraam.privacy.RetentionDeletion;
import nl.datakraam.privacy.RetentionPeriod;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retention (rules at {@link Retention}):
 * <ul>
 * <li>{@code GET /v1/datasets/{id}/retention}, {@code PUT} ({@code {"retentionPeriod": "P7Y"}}, blank removes) —
 * the period that applies and where it comes from ({@code null} members when none);
 * <li>{@code GET /v1/retention/expired} — the expiry report, {@code {items, total}};
 * <li>{@code GET /v1/retention/deletions?dataset=} — the deletion log;
 * <li>{@code POST /v1/retention/deletions} ({@code {"dataset": id, "version": n, "includeCurrent": false}}) — deletes
 * one expired version's raw data, beheerder only; 201 with the log entry; 409 {@code privacy.retention.refused} or
 * {@code privacy.retention.deletion-failed} with nothing deleted.
 * </ul>
 * The report and the log: beheerder, data-eigenaar, functionaris-gegevensbescherming.
 */
@RestController
class RetentionApiController {

    private final Retention retention;
    private final Authorization authorization;

    RetentionApiController(Retention retention, Authorization authorization) {
        this.retention = retention;
        this.authorization = authorization;
    }

    record PeriodBody(@Nullable String retentionPeriod) {
    }

    record PeriodView(@Nullable String retentionPeriod, @Nullable String source, @Nullable String activity) {
        static PeriodView of(java.util.Optional<RetentionPeriod> period) {
            return period.map(p -> new PeriodView(p.period().toString(), p.source(), p.activity()))
                    .orElse(new PeriodView(null, null, null));
        }
    }

    record DeletionRequest(@Nullable String dataset, @Nullable Integer version, @Nullable Boolean includeCurrent) {
    }

    @GetMapping("/v1/datasets/{id}/retention")
    PeriodView period(@PathVariable UUID id) {
        var caller = authorization.currentCaller();
        if (!Retention.mayRead(caller)) {
            throw new PlatformException(caller.isAnonymous() ? ErrorCode.LOGIN_REQUIRED : ErrorCode.NOT_ALLOWED,
                    "Only the beheerder, data-eigenaar and functionaris gegevensbescherming read retention.");
        }
        return PeriodView.of(retention.periodOf(new DatasetId(id)));
    }

    @PutMapping("/v1/datasets/{id}/retention")
    PeriodView setPeriod(@PathVariable UUID id, @RequestBody PeriodBody body) {
        return PeriodView.of(retention.setPeriod(new DatasetId(id), body.retentionPeriod(),
                authorization.currentCaller()));
    }

    @GetMapping("/v1/retention/expired")
    Map<String, Object> expired() {
        List<ExpiredVersion> items = retention.expired(authorization.currentCaller());
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/v1/retention/deletions")
    Map<String, Object> deletions(@RequestParam(required = false) @Nullable String dataset) {
        List<RetentionDeletion> items = retention.deletions(dataset == null ? null
                : new DatasetId(AssessmentApiController.uuid("dataset", dataset)), authorization.currentCaller());
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping("/v1/retention/deletions")
    @ResponseStatus(HttpStatus.CREATED)
    RetentionDeletion delete(@RequestBody DeletionRequest body) {
        if (body.dataset() == null || body.dataset().isBlank()) {
            throw missing("dataset");
        }
        if (body.version() == null) {
            throw missing("version");
        }
        return retention.delete(new DatasetId(AssessmentApiController.uuid("dataset", body.dataset())),
                body.version(), Boolean.TRUE.equals(body.includeCurrent()), authorization.currentCaller());
    }

    private static PlatformException missing(String parameter) {
        return new PlatformException(ErrorCode.RETENTION_INVALID, RequestCode.MISSING,
                Map.of("parameter", parameter));
    }
}
