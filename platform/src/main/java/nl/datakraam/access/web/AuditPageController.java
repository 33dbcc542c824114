// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AuditEntry;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.AuditVerifier;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /beheer/audit}: the audit log for beheerder and functionaris-gegevensbescherming (others get the error
 * page, 401 or 403): the newest entries, 50 a page ({@code offset}), filtered by {@code actor} and/or
 * {@code dataset} (a UUID), and with {@code controleer=1} (the button "Controleer de keten") the outcome of
 * {@link AuditVerifier#verify()}. Checking reads the log only, so it is a GET. {@code /beheer/audit/export} downloads
 * it as {@code GET /v1/audit} does.
 */
@Controller
class AuditPageController {

    static final int PAGE = 50;

    private final AuditLog audit;
    private final AuditVerifier verifier;
    private final AuditExport export;
    private final Authorization authorization;

    AuditPageController(AuditLog audit, AuditVerifier verifier, AuditExport export, Authorization authorization) {
        this.audit = audit;
        this.verifier = verifier;
        this.export = export;
        this.authorization = authorization;
    }

    /** The export of {@code GET /v1/audit} for the page's session (the API takes bearer tokens only). */
    @GetMapping("/beheer/audit/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "csv") String format) {
        return export.response(authorization.currentCaller(), from, to, format);
    }

    @GetMapping("/beheer/audit")
    String page(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String dataset,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(required = false) @Nullable String controleer, Model model) {
        Caller caller = authorization.currentCaller();
        AuditLog.requireAuditor(caller);
        UUID datasetId = datasetId(dataset);
        List<AuditEntry> entries = audit.latest(caller, actor, datasetId, PAGE + 1, offset);
        model.addAttribute("entries", entries.size() > PAGE ? entries.subList(0, PAGE) : entries);
        model.addAttribute("hasMore", entries.size() > PAGE);
        model.addAttribute("offset", offset);
        model.addAttribute("page", PAGE);
        model.addAttribute("actor", actor == null ? "" : actor.strip());
        model.addAttribute("dataset", datasetId == null ? "" : datasetId.toString());
        if (controleer != null) {
            model.addAttribute("verification", verifier.verify());
        }
        return "access/audit";
    }

    private static @Nullable UUID datasetId(@Nullable String dataset) {
        if (dataset == null || dataset.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(dataset.strip());
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM,
                    Map.of("parameter", "dataset", "expected", "uuid"));
        }
    }
}
