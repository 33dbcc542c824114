// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import io.swagger.v3.oas.annotations.Operation;
import nl.datakraam.access.AuditEntry;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.AuditVerification;
import nl.datakraam.access.AuditVerifier;
import nl.datakraam.access.Authorization;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log for auditors (beheerder, functionaris-gegevensbescherming; others get 401
 * {@code access.login-required} or 403 {@code access.not-allowed}); docs/audit-log.md.
 *
 * <p>{@code GET /v1/audit?from=&to=&format=csv|jsonl} streams the entries in {@code seq} order, in constant memory,
 * with the fields {@code seq, at, actor, actorRoles, origin, action, datasetId, versionId, channel, outcome, details,
 * prevHash, hash} — everything needed to recompute each hash ({@link AuditEntry}: SHA-256 over the length-prefixed
 * fields) and each link. {@code at} is written exactly as it is hashed. CSV (RFC 4180, UTF-8, a header row; absent ids
 * empty) or JSON Lines (the default; one object per line; absent ids null). {@code from} (inclusive) and {@code to}
 * (inclusive when a date, exclusive when a time) are a date ({@code 2026-11-30}, a day in UTC) or a UTC time
 * ({@code 2026-11-30T12:00:00Z}); either may be left out. A bad parameter is 400 {@code request.invalid-parameter}.
 *
 * <p>{@code GET /v1/audit/verification} checks the chain ({@link AuditVerifier}) and answers
 * {@code {"ok", "entriesChecked", "firstBadSeq", "problem" (edited|deleted|inserted), "headSeq", "headHash"}}.
 */
@RestController
class AuditApiController {

    private final AuditExport export;
    private final AuditVerifier verifier;
    private final Authorization authorization;

    AuditApiController(AuditExport export, AuditVerifier verifier, Authorization authorization) {
        this.export = export;
        this.verifier = verifier;
        this.authorization = authorization;
    }

    @Operation(summary = "Export the audit log (auditors): CSV or JSON Lines, with hash and prevHash to recompute")
    @GetMapping("/v1/audit")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "jsonl") String format) {
        return export.response(authorization.currentCaller(), from, to, format);
    }

    @Operation(summary = "Verify the audit log's hash chain (auditors)")
    @GetMapping("/v1/audit/verification")
    AuditVerificationResponse verification() {
        AuditLog.requireAuditor(authorization.currentCaller());
        return AuditVerificationResponse.of(verifier.verify());
    }

    /**
     * @param problem {@code edited}, {@code deleted}, {@code inserted}, or null when {@code ok}
     */
    record AuditVerificationResponse(boolean ok, long entriesChecked, @Nullable Long firstBadSeq,
            @Nullable String problem, long headSeq, String headHash) {

        static AuditVerificationResponse of(AuditVerification result) {
            return new AuditVerificationResponse(result.ok(), result.entriesChecked(), result.firstBadSeq(),
                    result.problem() == null ? null : result.problem().code(), result.headSeq(), result.headHash());
        }
    }
}
