// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.Anonymisation;
import nl.datakraam.privacy.AnonymisationSpec;
import nl.datakraam.privacy.anonymise.Preview;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The anonymisation page of a dataset ({@code /datasets/{id}/anonimisering}), for the data-eigenaar, the beheerder
 * and the functionaris gegevensbescherming: one row per field with its operation and parameters, the
 * quasi-identifiers and k, and three buttons: preview (nothing saved), save, and save and apply. A plan that does not
 * fit comes back with the message and every value as entered; nothing is saved then.
 */
@Controller
class AnonymisationPageController {

    private final Anonymisation anonymisation;
    private final Catalog catalog;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    AnonymisationPageController(Anonymisation anonymisation, Catalog catalog, Authorization authorization,
            LocalisedMessages messages) {
        this.anonymisation = anonymisation;
        this.catalog = catalog;
        this.authorization = authorization;
        this.messages = messages;
    }

    /** One field's row on the form. */
    record Row(int index, String field, String type, AnonymisationSpec.@Nullable Step step) {
    }

    @GetMapping("/datasets/{id}/anonimisering")
    String page(@PathVariable UUID id, Model model) {
        Caller caller = authorization.currentCaller();
        Anonymisation.Overview overview = anonymisation.overview(new DatasetId(id), caller);
        fill(model, catalog.get(new DatasetId(id), caller), overview, overview.plan(), null);
        return "privacy/anonymisation";
    }

    @PostMapping("/datasets/{id}/anonimisering")
    String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, Locale locale) {
        Caller caller = authorization.currentCaller();
        DatasetId datasetId = new DatasetId(id);
        Anonymisation.Overview overview = anonymisation.overview(datasetId, caller);
        Dataset dataset = catalog.get(datasetId, caller);
        AnonymisationSpec spec = spec(form, overview.fields());
        String action = String.valueOf(form.getFirst("action"));
        try {
            if (action.equals("preview")) {
                Preview preview = anonymisation.preview(datasetId, spec, caller);
                fill(model, dataset, overview, spec, preview);
                return "privacy/anonymisation";
            }
            anonymisation.save(datasetId, spec, caller);
            if (action.equals("apply")) {
                Anonymisation.Applied applied = anonymisation.apply(datasetId, caller);
                redirect.addFlashAttribute("applied", applied.copy().value());
                redirect.addFlashAttribute("appliedJob", applied.jobId());
            } else {
                redirect.addFlashAttribute("saved", true);
            }
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.DATASET_NOT_FOUND || e.code() == ErrorCode.NOT_ALLOWED
                    || e.code() == ErrorCode.LOGIN_REQUIRED) {
                throw e;
            }
            fill(model, dataset, overview, spec, null);
            model.addAttribute("error", locale.getLanguage().equals("en") ? e.getMessage()
                    : messages.error(e.code().key(), e.details(), locale, String.valueOf(e.getMessage())));
            return "privacy/anonymisation";
        }
        return "redirect:/datasets/" + id + "/anonimisering";
    }

    private void fill(Model model, Dataset dataset, Anonymisation.Overview overview,
            @Nullable AnonymisationSpec spec, @Nullable Preview preview) {
        Map<String, AnonymisationSpec.Step> steps = new LinkedHashMap<>();
        if (spec != null) {
            spec.operations().forEach(s -> steps.put(s.field(), s));
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> field : overview.fields().entrySet()) {
            rows.add(new Row(i++, field.getKey(), field.getValue(), steps.get(field.getKey())));
        }
        model.addAttribute("dataset", dataset);
        model.addAttribute("rows", rows);
        model.addAttribute("fieldNames", List.copyOf(overview.fields().keySet()));
        model.addAttribute("operations", AnonymisationSpec.OPERATIONS);
        model.addAttribute("quasiIdentifiers", spec == null ? "" : String.join(", ", spec.quasiIdentifiers()));
        model.addAttribute("k", spec == null || spec.k() == null ? "" : spec.k().toString());
        model.addAttribute("suppression", spec == null || spec.suppression() == null ? "drop-rows"
                : spec.suppression());
        model.addAttribute("copies", overview.copies());
        model.addAttribute("sourceOf", overview.sourceOf());
        model.addAttribute("preview", preview);
    }

    /** The form as a plan: fields without an operation are left out. */
    private static AnonymisationSpec spec(MultiValueMap<String, String> form, Map<String, String> fields) {
        List<AnonymisationSpec.Step> steps = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = form.getFirst("field." + i);
            String operation = form.getFirst("op." + i);
            if (field == null || operation == null || operation.isBlank()) {
                continue;
            }
            steps.add(new AnonymisationSpec.Step(field, operation, integers(form.getFirst("bounds." + i)),
                    integer(form.getFirst("width." + i)), integer(form.getFirst("top." + i)),
                    blankToNull(form.getFirst("yField." + i)), integer(form.getFirst("epsg." + i)),
                    integer(form.getFirst("size." + i)), blankToNull(form.getFirst("cellField." + i))));
        }
        List<String> qis = Arrays.stream(String.valueOf(form.getFirst("quasiIdentifiers")).split("[,\\s]+"))
                .map(String::strip).filter(q -> !q.isEmpty() && !q.equals("null")).toList();
        return new AnonymisationSpec(steps, qis, integer(form.getFirst("k")),
                blankToNull(form.getFirst("suppression")));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number; text that is not one counts as 0, which the plan's checks refuse with a message. */
    private static @Nullable Integer integer(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable List<Integer> integers(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : value.split("[,;\\s]+")) {
            Integer n = integer(part);
            if (n != null) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
