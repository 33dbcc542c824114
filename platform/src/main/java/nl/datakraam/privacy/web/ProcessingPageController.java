// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.LegalBasis;
import nl.datakraam.privacy.ProcessingActivities;
import nl.datakraam.privacy.ProcessingActivity;
import nl.datakraam.privacy.ProcessingActivityInput;
import nl.datakraam.privacy.SpecialCategory;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The processing register's pages: {@code /privacy/verwerkingsregister} (public: the activities marked public,
 * without contact details and security measures; staff see all), {@code /privacy/verwerkingsregister/{id}}, the
 * exports {@code /privacy/verwerkingsregister.json} and {@code .csv} (the same content as
 * {@code /v1/verwerkingsactiviteiten}, with the page's session), and the form
 * ({@code /privacy/verwerkingsregister/nieuw}, {@code …/{id}/bewerken}) for the beheerder, data-eigenaar and
 * functionaris-gegevensbescherming. Lists are entered one item per line.
 */
@Controller
class ProcessingPageController {

    private final ProcessingActivities activities;
    private final Catalog catalog;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    ProcessingPageController(ProcessingActivities activities, Catalog catalog, Authorization authorization,
            LocalisedMessages messages) {
        this.activities = activities;
        this.catalog = catalog;
        this.authorization = authorization;
        this.messages = messages;
    }

    @GetMapping("/privacy/verwerkingsregister")
    String list(Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("activities", activities.list(caller));
        model.addAttribute("mayEdit", ProcessingActivities.mayEdit(caller));
        return "privacy/processing-list";
    }

    @GetMapping(value = "/privacy/verwerkingsregister.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, @Nullable Object> json() {
        return ProcessingRegisterFormat.list(activities.list(authorization.currentCaller()));
    }

    @GetMapping("/privacy/verwerkingsregister.csv")
    ResponseEntity<byte[]> csv() {
        return ProcessingApiController.csv(ProcessingRegisterFormat.csv(activities.list(
                authorization.currentCaller())));
    }

    @GetMapping("/privacy/verwerkingsregister/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Caller caller = authorization.currentCaller();
        ProcessingActivity activity = activities.get(id, caller);
        model.addAttribute("activity", activity);
        model.addAttribute("datasets", catalog.findAll(activity.datasets(), caller));
        model.addAttribute("mayEdit", ProcessingActivities.mayEdit(caller));
        return "privacy/processing";
    }

    @GetMapping("/privacy/verwerkingsregister/nieuw")
    String newForm(Model model) {
        Caller caller = authorization.currentCaller();
        requireEdit(caller);
        return form(model, caller, null, empty(), List.of());
    }

    @GetMapping("/privacy/verwerkingsregister/{id}/bewerken")
    String editForm(@PathVariable UUID id, Model model) {
        Caller caller = authorization.currentCaller();
        requireEdit(caller);
        ProcessingActivity a = activities.get(id, caller);
        var input = new ProcessingActivityInput(a.name(), a.category(), a.purpose(), a.legalBasis().code(),
                a.legalBasisNote(), a.controller(), a.contact(), a.dataSubjects(), a.personalData(),
                a.specialCategories().stream().map(SpecialCategory::code).toList(), a.recipients(),
                a.thirdCountries(), a.origin(), a.retention(),
                a.retentionPeriod() == null ? null : a.retentionPeriod().toString(), a.securityMeasures(),
                a.isPublic(), a.datasets().stream().map(DatasetId::toString).toList());
        return form(model, caller, id, input, List.of());
    }

    @PostMapping("/privacy/verwerkingsregister")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
        return save(null, form, model, locale);
    }

    @PostMapping("/privacy/verwerkingsregister/{id}")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale) {
        return save(id, form, model, locale);
    }

    private String save(@Nullable UUID id, MultiValueMap<String, String> form, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        var input = new ProcessingActivityInput(form.getFirst("naam"), form.getFirst("categorie"),
                form.getFirst("doel"), form.getFirst("grondslag"), form.getFirst("toelichtingGrondslag"),
                form.getFirst("verantwoordelijkeOrganisatie"), form.getFirst("contactgegevens"),
                lines(form.getFirst("categorieenBetrokkenen")), lines(form.getFirst("categorieenPersoonsgegevens")),
                form.getOrDefault("bijzondereCategorieenPersoonsgegevens", List.of()),
                lines(form.getFirst("afnemendeCategorieOntvangers")),
                lines(form.getFirst("afnemendeInternationaleDerden")), form.getFirst("herkomst"),
                form.getFirst("bewaartermijn"), form.getFirst("bewaartermijnDuur"),
                form.getFirst("beveiligingsmaatregelen"), "true".equals(form.getFirst("openbaar")),
                form.getOrDefault("datasets", List.of()));
        try {
            ProcessingActivity saved = id == null ? activities.create(input, caller)
                    : activities.update(id, input, caller);
            return "redirect:/privacy/verwerkingsregister/" + saved.id();
        } catch (PlatformException e) {
            if (!FormErrors.showable(e)) {
                throw e;
            }
            return form(model, caller, id, input, FormErrors.of(e, "f-", messages, locale, q -> q));
        }
    }

    private String form(Model model, Caller caller, @Nullable UUID id, ProcessingActivityInput input,
            List<FormErrors.Entry> errors) {
        model.addAttribute("id", id);
        model.addAttribute("input", input);
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute("specials", SpecialCategory.values());
        model.addAttribute("datasets", catalog.list(caller, 500, 0).items());
        model.addAttribute("errors", errors);
        return "privacy/processing-form";
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static ProcessingActivityInput empty() {
        return new ProcessingActivityInput(null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, null, null, false, List.of());
    }

    private static void requireEdit(Caller caller) {
        if (!ProcessingActivities.mayEdit(caller)) {
            throw new PlatformException(caller.isAnonymous() ? ErrorCode.LOGIN_REQUIRED : ErrorCode.NOT_ALLOWED,
                    "Only the beheerder, data-eigenaar and functionaris gegevensbescherming change the register.");
        }
    }
}
