// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.Retention;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /privacy/bewaartermijnen}: the expiry report (versions past their retention period), the deletion log, a
 * form to set a dataset's retention period and, for the beheerder, a button per expired version to delete its raw
 * data (the current version only with its box ticked). Rules at {@link Retention}.
 */
@Controller
class RetentionPageController {

    private final Retention retention;
    private final Catalog catalog;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    RetentionPageController(Retention retention, Catalog catalog, Authorization authorization,
            LocalisedMessages messages) {
        this.retention = retention;
        this.catalog = catalog;
        this.authorization = authorization;
        this.messages = messages;
    }

    @GetMapping("/privacy/bewaartermijnen")
    String page(Model model) {
        return page(model, authorization.currentCaller(), List.of(), null);
    }

    @PostMapping("/privacy/bewaartermijnen/termijn")
    String setPeriod(@RequestParam(required = false) @Nullable String dataset,
            @RequestParam(required = false) @Nullable String retentionPeriod, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            if (dataset == null || dataset.isBlank()) {
                throw new PlatformException(nl.datakraam.shared.ErrorCode.RETENTION_INVALID,
                        nl.datakraam.shared.RequestCode.MISSING, Map.of("parameter", "dataset"));
            }
            retention.setPeriod(new DatasetId(AssessmentApiController.uuid("dataset", dataset)), retentionPeriod,
                    caller);
        } catch (PlatformException e) {
            if (!FormErrors.showable(e)) {
                throw e;
            }
            return page(model, caller, FormErrors.of(e, "f-", messages, locale, q -> q), null);
        }
        return "redirect:/privacy/bewaartermijnen";
    }

    @PostMapping("/privacy/bewaartermijnen/verwijderen")
    String delete(@RequestParam UUID dataset, @RequestParam int version,
            @RequestParam(required = false) @Nullable String includeCurrent, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            retention.delete(new DatasetId(dataset), version, "true".equals(includeCurrent), caller);
        } catch (PlatformException e) {
            if (e.code().status().value() != 409 && !FormErrors.showable(e)) {
                throw e;
            }
            return page(model, caller, List.of(new FormErrors.Entry("expired", messages.problem(e, locale))), null);
        }
        return "redirect:/privacy/bewaartermijnen#deletions";
    }

    private String page(Model model, Caller caller, List<FormErrors.Entry> errors, @Nullable String notice) {
        model.addAttribute("expired", retention.expired(caller));
        model.addAttribute("deletions", retention.deletions(null, caller));
        model.addAttribute("datasets", catalog.list(caller, 500, 0).items());
        model.addAttribute("mayDelete", caller.hasRole(Caller.ROLE_ADMINISTRATOR));
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "privacy/retention";
    }
}
