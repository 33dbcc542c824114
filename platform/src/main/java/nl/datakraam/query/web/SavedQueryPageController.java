// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.web;

import java.util.Locale;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.query.DerivedDatasets;
import nl.datakraam.query.DerivedSubmission;
import nl.datakraam.query.NewSavedQuery;
import nl.datakraam.query.SavedQueries;
import nl.datakraam.query.SavedQuery;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /datalab/queries}: the signed-in account's saved queries (the beheerder's: everyone's) with their SQL and
 * last run; new ({@code /datalab/queries/nieuw?sql=…}, prefilled, so that the SQL workbench can link here), edit,
 * delete, and "make a derived dataset" for those who may create datasets. The same operations as
 * {@code /v1/saved-queries}. Anonymous visitors are sent to the sign-in page.
 */
@Controller
class SavedQueryPageController {

    private static final String SIGN_IN = "redirect:/inloggen";

    private final SavedQueries queries;
    private final DerivedDatasets derived;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    SavedQueryPageController(SavedQueries queries, DerivedDatasets derived, Authorization authorization,
            LocalisedMessages messages) {
        this.queries = queries;
        this.derived = derived;
        this.authorization = authorization;
        this.messages = messages;
    }

    @GetMapping("/datalab/queries")
    String list(Model model) {
        Caller caller = authorization.currentCaller();
        if (caller.isAnonymous()) {
            return SIGN_IN;
        }
        model.addAttribute("queries", queries.list(caller));
        model.addAttribute("me", caller.id());
        model.addAttribute("mayDerive", authorization.mayCreateDatasets(caller));
        return "query/queries";
    }

    @GetMapping("/datalab/queries/nieuw")
    String newQuery(@RequestParam(required = false) @Nullable String sql,
            @RequestParam(required = false) @Nullable String title, Model model) {
        if (authorization.currentCaller().isAnonymous()) {
            return SIGN_IN;
        }
        return form(model, null, new NewSavedQuery(title, null, sql, null), null);
    }

    @PostMapping("/datalab/queries")
    String create(@RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String sql,
            @RequestParam(required = false) @Nullable String builder, Model model, Locale locale) {
        var request = new NewSavedQuery(title, description, sql, builder);
        try {
            SavedQuery saved = queries.create(request, authorization.currentCaller());
            return "redirect:/datalab/queries#query-" + saved.id();
        } catch (PlatformException e) {
            return form(model, null, request, refusal(e, locale));
        }
    }

    @GetMapping("/datalab/queries/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Caller caller = authorization.currentCaller();
        if (caller.isAnonymous()) {
            return SIGN_IN;
        }
        SavedQuery query = queries.get(id, caller);
        return form(model, id, new NewSavedQuery(query.title(), query.description(), query.sql(), query.builder()),
                null);
    }

    @PostMapping("/datalab/queries/{id}")
    String update(@PathVariable UUID id, @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String sql,
            @RequestParam(required = false) @Nullable String builder, Model model, Locale locale) {
        var request = new NewSavedQuery(title, description, sql, builder);
        try {
            queries.update(id, request, authorization.currentCaller());
            return "redirect:/datalab/queries#query-" + id;
        } catch (PlatformException e) {
            return form(model, id, request, refusal(e, locale));
        }
    }

    @PostMapping("/datalab/queries/{id}/verwijderen")
    String delete(@PathVariable UUID id) {
        queries.delete(id, authorization.currentCaller());
        return "redirect:/datalab/queries";
    }

    @PostMapping("/datalab/queries/{id}/dataset")
    String derive(@PathVariable UUID id, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            DerivedSubmission submission = derived.create(id, null, null, caller);
            return "redirect:/taken/" + submission.jobId();
        } catch (PlatformException e) {
            String message = refusal(e, locale);
            model.addAttribute("error", message);
            return list(model);
        }
    }

    /** A refusal the page says in the form; access faults (and anything else) go to the error page. */
    private String refusal(PlatformException e, Locale locale) {
        if (e.code() == ErrorCode.NOT_ALLOWED || e.code() == ErrorCode.LOGIN_REQUIRED
                || e.code() == ErrorCode.SAVED_QUERY_NOT_FOUND || !e.code().status().is4xxClientError()
                && e.code() != ErrorCode.QUERY_TIMEOUT && e.code() != ErrorCode.QUERY_BUSY) {
            throw e;
        }
        return messages.problem(e, locale);
    }

    private String form(Model model, @Nullable UUID id, NewSavedQuery query, @Nullable String error) {
        model.addAttribute("queryId", id);
        model.addAttribute("query", query);
        model.addAttribute("error", error);
        return "query/query-form";
    }
}
