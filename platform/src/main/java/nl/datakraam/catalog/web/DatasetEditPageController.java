// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.access.DatasetGrant;
import nl.datakraam.catalog.MetadataPatch;
import nl.datakraam.catalog.MetadataPatches;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The metadata form of a dataset page ({@code POST /datasets/{id}/gegevens}), its access grants form
 * ({@code POST /datasets/{id}/toegang}) and the bulk edit of the catalogue page ({@code POST /datasets/bulk}), for
 * stewards. Both go through {@link MetadataPatches}, as the API does. A value that
 * is not accepted brings the steward back to the form with the message beside its field in the page's language and
 * every value as entered, and changes nothing; a change the publication gate refuses lists every reason beside the
 * form ({@code editReasons}, {@code grantsReasons}, {@code bulkReasons}).
 */
@Controller
class DatasetEditPageController {

    /** Form fields holding several values, one per line or separated by commas. */
    private static final List<String> LISTS = List.of("keywords", "conformsTo", "spatial");
    /** Form fields holding several values as repeated parameters (multiple selects); the form marks each with a hidden
     * {@code _<name>} field, since a select with nothing chosen sends nothing. */
    private static final List<String> MULTI = List.of("euThemes", "donlThemes", "languages", "groups");

    private final Catalog catalog;
    private final Authorization authorization;
    private final MetadataPatches patches;
    private final LocalisedMessages messages;

    DatasetEditPageController(Catalog catalog, Authorization authorization, MetadataPatches patches,
            LocalisedMessages messages) {
        this.catalog = catalog;
        this.authorization = authorization;
        this.patches = patches;
        this.messages = messages;
    }

    @PostMapping("/datasets/{id}/gegevens")
    String describe(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect, Locale locale) {
        Caller caller = authorization.currentCaller();
        Dataset dataset = catalog.get(new DatasetId(id), caller);
        try {
            patches.apply(dataset, patch(form, true), caller);
        } catch (PlatformException e) {
            rejected(e, form, redirect, locale);
            return "redirect:/datasets/" + dataset.slug() + "#bewerken";
        }
        return "redirect:/datasets/" + dataset.slug();
    }

    /**
     * Replaces the dataset's grants ({@link Catalog#replaceGrants}) by the ids in the three fields
     * {@code groupGrants}, {@code organisationGrants} and {@code accountGrants}, each separated by commas, spaces or
     * lines. A value that is not accepted brings the steward back with the message and changes nothing.
     */
    @PostMapping("/datasets/{id}/toegang")
    String grants(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect,
            Locale locale) {
        Caller caller = authorization.currentCaller();
        Dataset dataset = catalog.get(new DatasetId(id), caller);
        List<DatasetGrant> grants = new ArrayList<>();
        try {
            for (DatasetGrant.Kind kind : DatasetGrant.Kind.values()) {
                String field = java.util.Objects.requireNonNullElse(form.getFirst(kind.code() + "Grants"), "");
                for (String grantee : field.split("[,\\s]+")) {
                    if (!grantee.isBlank()) {
                        grants.add(DatasetGrant.parse(grants.size(), kind.code(), grantee));
                    }
                }
            }
            catalog.replaceGrants(dataset.id(), grants, caller);
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.DATASET_NOT_FOUND || e.code() == ErrorCode.NOT_ALLOWED
                    || e.code() == ErrorCode.LOGIN_REQUIRED) {
                throw e;
            }
            redirect.addFlashAttribute("grantsError", said(e, locale));
            redirect.addFlashAttribute("grantsReasons", messages.reasons(e.reasons(), locale));
        }
        return "redirect:/datasets/" + dataset.slug() + "#toegang";
    }

    /**
     * Sets the members the steward filled in on every selected dataset ({@code ids}); empty fields are left as they
     * are. All datasets change or none.
     */
    @PostMapping("/datasets/bulk")
    String bulk(@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect, Locale locale) {
        Caller caller = authorization.currentCaller();
        authorization.requireEditDatasets(caller);
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("bulkError", messages.error("metadata.bulk-none", Map.of(), locale,
                    "Select at least one dataset."));
            return "redirect:/";
        }
        MultiValueMap<String, String> filled = new org.springframework.util.LinkedMultiValueMap<>();
        form.forEach((name, values) -> {
            if (!name.equals("ids") && values.stream().anyMatch(v -> !v.isBlank())) {
                filled.put(name, values);
            }
        });
        try {
            int changed = patches.applyAll(ids.stream().map(DatasetId::new).toList(), patch(filled, false), caller)
                    .size();
            redirect.addFlashAttribute("bulkDone", changed);
        } catch (PlatformException e) {
            redirect.addFlashAttribute("bulkError", said(e, locale));
            redirect.addFlashAttribute("bulkReasons", messages.reasons(e.reasons(), locale));
        }
        return "redirect:/";
    }

    private void rejected(PlatformException e, MultiValueMap<String, String> form, RedirectAttributes redirect,
            Locale locale) {
        if (e.code() == ErrorCode.DATASET_NOT_FOUND || e.code() == ErrorCode.NOT_ALLOWED) {
            throw e;
        }
        Map<String, String> entered = new HashMap<>();
        form.forEach((name, values) -> entered.put(name, String.join(MULTI.contains(name) ? " " : ", ", values)));
        redirect.addFlashAttribute("editError", said(e, locale));
        redirect.addFlashAttribute("editReasons", messages.reasons(e.reasons(), locale));
        redirect.addFlashAttribute("editField", String.valueOf(e.details().getOrDefault("field",
                e.details().getOrDefault("parameter", ""))));
        redirect.addFlashAttribute("entered", entered);
    }

    private String said(PlatformException e, Locale locale) {
        if (e.message() != null) {
            return messages.problem(e, locale);
        }
        return locale.getLanguage().equals("en") ? e.getMessage()
                : messages.error(e.code().key(), e.details(), locale, e.getMessage());
    }

    /** The form as a patch: every field on the full form (blank clears), only filled ones in bulk. */
    private static MetadataPatch patch(MultiValueMap<String, String> form, boolean full) {
        Map<String, @Nullable Object> members = new HashMap<>();
        for (String name : MetadataPatch.TEXT) {
            if (form.containsKey(name)) {
                members.put(name, form.getFirst(name));
            }
        }
        for (String name : LISTS) {
            if (form.containsKey(name)) {
                members.put(name, Arrays.stream(String.valueOf(form.getFirst(name)).split("[,\\n\\s]+"))
                        .map(String::strip).filter(v -> !v.isEmpty()).toList());
            }
        }
        if (form.containsKey("keywords")) {
            members.put("keywords", Arrays.stream(String.valueOf(form.getFirst("keywords")).split("[,\\n]"))
                    .map(String::strip).filter(v -> !v.isEmpty()).toList());
        }
        for (String name : MULTI) {
            List<String> values = form.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty() || full && form.containsKey("_" + name)) {
                members.put(name, values);
            }
        }
        if (!full) {
            members.remove("title");
        }
        return MetadataPatch.of(members);
    }
}
