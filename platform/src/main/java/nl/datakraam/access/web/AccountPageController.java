// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.datakraam.access.Account;
import nl.datakraam.access.AccountChange;
import nl.datakraam.access.Accounts;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.access.NewAccount;
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
 * Account management for administrators ({@code /beheer/accounts}): the list with a form to create an account and
 * one to create a user group, and per account a page to change roles, groups, organisation, enabled, the password,
 * and to unlock it. Through {@link Accounts}, as the API; a refused value brings the form back with the message
 * (400) and the values as entered, and changes nothing. Others get the error page (403).
 */
@Controller
class AccountPageController {

    private final Accounts accounts;
    private final Authorization authorization;
    private final LocalisedMessages messages;
    private final Clock clock;

    AccountPageController(Accounts accounts, Authorization authorization, LocalisedMessages messages, Clock clock) {
        this.accounts = accounts;
        this.authorization = authorization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/beheer/accounts")
    String list(Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("accounts", accounts.list(caller));
        model.addAttribute("userGroups", accounts.userGroups(caller));
        model.addAttribute("roles", Caller.ROLES);
        model.addAttribute("now", clock.instant());
        return "access/accounts";
    }

    @PostMapping("/beheer/accounts")
    String create(@RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable List<String> roles,
            @RequestParam(required = false) @Nullable List<String> groups,
            @RequestParam(required = false) @Nullable String organisation, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            Account account = accounts.create(new NewAccount(id, name, email, password, roles, groups,
                    organisation), authorization.currentCaller());
            redirect.addFlashAttribute("done", account.id());
            return "redirect:/beheer/accounts";
        } catch (PlatformException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("problem", messages.problem(e, locale));
            model.addAttribute("entered", new NewAccount(id, name, email, null, roles, groups, organisation));
            return list(model);
        }
    }

    @PostMapping("/beheer/gebruikersgroepen")
    String createGroup(@RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable String name, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            redirect.addFlashAttribute("done", accounts.createUserGroup(id, name, authorization.currentCaller()).id());
            return "redirect:/beheer/accounts";
        } catch (PlatformException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("groupProblem", messages.problem(e, locale));
            return list(model);
        }
    }

    @GetMapping("/beheer/accounts/{id}")
    String edit(@PathVariable String id, Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("account", accounts.get(id, caller));
        model.addAttribute("userGroups", accounts.userGroups(caller));
        model.addAttribute("roles", Caller.ROLES);
        model.addAttribute("now", clock.instant());
        return "access/account";
    }

    /** The edit form sends every field: roles or groups with nothing ticked are sent as none, so they become empty. */
    @PostMapping("/beheer/accounts/{id}")
    String update(@PathVariable String id, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable List<String> roles,
            @RequestParam(required = false) @Nullable List<String> groups,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String enabled, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            accounts.update(id, new AccountChange(name, email == null ? "" : email,
                    password == null || password.isEmpty() ? null : password, roles == null ? List.of() : roles,
                    groups == null ? List.of() : groups, organisation == null ? "" : organisation,
                    "true".equals(enabled), false), authorization.currentCaller());
            redirect.addFlashAttribute("done", id);
            return "redirect:/beheer/accounts/" + id;
        } catch (PlatformException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("problem", messages.problem(e, locale));
            return edit(id, model);
        }
    }

    @PostMapping("/beheer/accounts/{id}/ontgrendelen")
    String unlock(@PathVariable String id, RedirectAttributes redirect) {
        accounts.update(id, new AccountChange(null, null, null, null, null, null, null, true),
                authorization.currentCaller());
        redirect.addFlashAttribute("unlocked", id);
        return "redirect:/beheer/accounts/" + id;
    }
}
