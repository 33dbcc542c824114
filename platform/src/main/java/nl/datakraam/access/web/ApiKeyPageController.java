// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import nl.datakraam.access.ApiKeys;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.access.IssuedApiKey;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in account's own API keys ({@code /account/api-sleutels}): list, make one (its value shown once, on the
 * page after the form), revoke. Through {@link ApiKeys}, as the API.
 */
@Controller
class ApiKeyPageController {

    private static final String PAGE = "/account/api-sleutels";

    private final ApiKeys keys;
    private final Authorization authorization;
    private final LocalisedMessages messages;
    private final Clock clock;

    ApiKeyPageController(ApiKeys keys, Authorization authorization, LocalisedMessages messages, Clock clock) {
        this.keys = keys;
        this.authorization = authorization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("keys", keys.list(null, caller));
        model.addAttribute("now", clock.instant());
        model.addAttribute("mayWrite", caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_STEWARD));
        return "access/api-keys";
    }

    @PostMapping(PAGE)
    String create(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String scope,
            @RequestParam(required = false) @Nullable String expiresAt, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            IssuedApiKey issued = keys.create(null, name, scope, expiresAt, authorization.currentCaller());
            redirect.addFlashAttribute("issued", issued);
            return "redirect:" + PAGE;
        } catch (PlatformException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("problem", messages.problem(e, locale));
            return list(model);
        }
    }

    @PostMapping(PAGE + "/{id}/intrekken")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        keys.revoke(id, authorization.currentCaller());
        redirect.addFlashAttribute("revoked", id);
        return "redirect:" + PAGE;
    }
}
