// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.privacy.Assessment;
import nl.datakraam.privacy.AssessmentInput;
import nl.datakraam.privacy.AssessmentKind;
import nl.datakraam.privacy.AssessmentStatus;
import nl.datakraam.privacy.Assessments;
import nl.datakraam.privacy.Initiative;
import nl.datakraam.privacy.ProcessingActivities;
import nl.datakraam.privacy.Questionnaire;
import nl.datakraam.privacy.Retention;
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

/**
 * The privacy pages for staff (issue 9): {@code /privacy} (overview with the indicator), {@code /privacy/toetsen}
 * (the assessment list), {@code /privacy/toetsen/nieuw} (a new draft), {@code /privacy/toetsen/{id}} (detail; its
 * creator answers and submits the questionnaire there, the functionaris gegevensbescherming approves or rejects),
 * {@code /privacy/initiatieven}. The same rules as the API ({@link Assessments}); a fault the form can fix comes back
 * as the form with an error summary, others as the error page.
 */
@Controller
class AssessmentPageController {

    private static final int DATASET_CHOICES = 500;

    private final Assessments assessments;
    private final ProcessingActivities activities;
    private final Retention retention;
    private final Catalog catalog;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    AssessmentPageController(Assessments assessments, ProcessingActivities activities, Retention retention,
            Catalog catalog, Authorization authorization, LocalisedMessages messages) {
        this.assessments = assessments;
        this.activities = activities;
        this.retention = retention;
        this.catalog = catalog;
        this.authorization = authorization;
        this.messages = messages;
    }

    @GetMapping("/privacy")
    String overview(Model model) {
        Caller caller = authorization.currentCaller();
        List<Assessment> list = assessments.list(null, null, null, null, caller);
        Map<AssessmentStatus, Long> counts = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            counts.put(status, list.stream().filter(a -> a.status() == status).count());
        }
        model.addAttribute("counts", counts);
        model.addAttribute("indicator", assessments.indicator());
        model.addAttribute("activityCount", activities.list(caller).size());
        model.addAttribute("expiredCount", Retention.mayRead(caller) ? retention.expired(caller).size() : null);
        return "privacy/overview";
    }

    @GetMapping("/privacy/toetsen")
    String list(Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("assessments", assessments.list(null, null, null, null, caller));
        model.addAttribute("initiatives", initiativeNames(caller));
        return "privacy/assessments";
    }

    @GetMapping("/privacy/toetsen/nieuw")
    String newForm(@RequestParam(required = false) @Nullable String initiative, Model model) {
        Caller caller = authorization.currentCaller();
        assessments.list(AssessmentStatus.APPROVED, null, null, null, caller); // staff only, as creating
        return newForm(model, caller, new AssessmentInput(null, null, initiative, List.of(), null), List.of());
    }

    @PostMapping("/privacy/toetsen")
    String create(@RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String initiative,
            @RequestParam(required = false) @Nullable List<String> datasets, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        var input = new AssessmentInput(kind, title, initiative == null ? "" : initiative,
                datasets == null ? List.of() : datasets, null);
        try {
            return "redirect:/privacy/toetsen/" + assessments.create(input, caller).id();
        } catch (PlatformException e) {
            if (!FormErrors.showable(e)) {
                throw e;
            }
            return newForm(model, caller, input, FormErrors.of(e, "f-", messages, locale, id -> id));
        }
    }

    private String newForm(Model model, Caller caller, AssessmentInput input, List<FormErrors.Entry> errors) {
        model.addAttribute("input", input);
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("initiatives", assessments.initiatives(caller));
        model.addAttribute("datasets", catalog.list(caller, DATASET_CHOICES, 0).items());
        model.addAttribute("errors", errors);
        return "privacy/assessment-new";
    }

    @GetMapping("/privacy/toetsen/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Caller caller = authorization.currentCaller();
        Assessment a = assessments.get(id, caller);
        return detail(model, caller, a, a.answers(), List.of());
    }

    /** Saves the answers ({@code q.<question id>} fields); with {@code action=submit} then submits. */
    @PostMapping("/privacy/toetsen/{id}")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale) {
        Caller caller = authorization.currentCaller();
        Assessment a = assessments.get(id, caller);
        Questionnaire questionnaire = assessments.questionnaireOf(a);
        Map<String, @Nullable String> answers = new LinkedHashMap<>();
        for (Questionnaire.Question q : questionnaire.questions()) {
            String value = form.getFirst("q." + q.id());
            answers.put(q.id(), value == null ? "" : value);
        }
        try {
            assessments.revise(id, new AssessmentInput(null, form.getFirst("title"), null, null, answers), caller);
            if ("submit".equals(form.getFirst("action"))) {
                assessments.submit(id, caller);
            }
        } catch (PlatformException e) {
            if (!FormErrors.showable(e)) {
                throw e;
            }
            Map<String, String> shown = new LinkedHashMap<>();
            answers.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    shown.put(k, v);
                }
            });
            return detail(model, caller, assessments.get(id, caller), shown, FormErrors.of(e, "f-", messages, locale,
                    q -> questionnaire.question(q).map(x -> Questionnaire.text(x.text(), locale)).orElse(q)));
        }
        return "redirect:/privacy/toetsen/" + id;
    }

    @PostMapping("/privacy/toetsen/{id}/goedkeuren")
    String approve(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note) {
        assessments.approve(id, note, authorization.currentCaller());
        return "redirect:/privacy/toetsen/" + id;
    }

    @PostMapping("/privacy/toetsen/{id}/afwijzen")
    String reject(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason, Model model,
            Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            assessments.reject(id, reason, caller);
        } catch (PlatformException e) {
            if (!FormErrors.showable(e)) {
                throw e;
            }
            Assessment a = assessments.get(id, caller);
            List<FormErrors.Entry> errors = new ArrayList<>();
            errors.add(new FormErrors.Entry("f-reason", messages.problem(e, locale)));
            return detail(model, caller, a, a.answers(), errors);
        }
        return "redirect:/privacy/toetsen/" + id;
    }

    private String detail(Model model, Caller caller, Assessment a, Map<String, String> answers,
            List<FormErrors.Entry> errors) {
        model.addAttribute("assessment", a);
        model.addAttribute("questionnaire", assessments.questionnaireOf(a));
        model.addAttribute("answers", answers);
        model.addAttribute("prescan", assessments.prescan(a));
        model.addAttribute("mayRevise", assessments.mayRevise(a, caller));
        model.addAttribute("mayDecide", assessments.mayDecide(a, caller));
        model.addAttribute("initiative", a.initiativeId() == null ? null : assessments.initiatives(caller).stream()
                .filter(i -> i.id().equals(a.initiativeId())).findFirst().orElse(null));
        model.addAttribute("datasets", catalog.findAll(a.datasets(), caller));
        model.addAttribute("hiddenDatasets", a.datasets().size() - catalog.findAll(a.datasets(), caller).size());
        model.addAttribute("errors", errors);
        return "privacy/assessment";
    }

    @GetMapping("/privacy/initiatieven")
    String initiatives(Model model) {
        return initiatives(model, authorization.currentCaller(), List.of(), null, null, null);
    }

    @PostMapping("/privacy/initiatieven")
    String createInitiative(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String ownerOrganisation, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            assessments.createInitiative(name, description, ownerOrganisation, caller);
        } catch (PlatformException e) {
            if (!FormErrors.showable(e)) {
                throw e;
            }
            return initiatives(model, caller, FormErrors.of(e, "f-", messages, locale, q -> q), name, description,
                    ownerOrganisation);
        }
        return "redirect:/privacy/initiatieven";
    }

    private String initiatives(Model model, Caller caller, List<FormErrors.Entry> errors, @Nullable String name,
            @Nullable String description, @Nullable String ownerOrganisation) {
        model.addAttribute("initiatives", assessments.initiatives(caller));
        model.addAttribute("indicator", assessments.indicator());
        model.addAttribute("mayCreate", ProcessingActivities.mayEdit(caller));
        model.addAttribute("errors", errors);
        model.addAttribute("name", name);
        model.addAttribute("description", description);
        model.addAttribute("ownerOrganisation", ownerOrganisation);
        return "privacy/initiatives";
    }

    private Map<UUID, String> initiativeNames(Caller caller) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Initiative i : assessments.initiatives(caller)) {
            names.put(i.id(), i.name());
        }
        return names;
    }
}
