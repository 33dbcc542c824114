// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import nl.datakraam.access.NewAccount;
import nl.datakraam.access.SetupLinks;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of the one-time setup link ({@code /instellen?token=...}, {@link SetupLinks}): creates the first
 * administrator with a password, then sends them to sign in. A dead link (used, expired, unknown, or an administrator
 * exists) is the error page with 404 {@code access.setup-link-invalid}.
 */
@Controller
class SetupPageController {

    private final SetupLinks links;
    private final LocalisedMessages messages;

    SetupPageController(SetupLinks links, LocalisedMessages messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/instellen")
    String form(@RequestParam(required = false) @Nullable String token, Model model) {
        if (token == null || !links.isValid(token)) {
            throw new PlatformException(ErrorCode.SETUP_LINK_INVALID, "This setup link does not work (any more).");
        }
        model.addAttribute("token", token);
        return "access/setup";
    }

    @PostMapping("/instellen")
    String create(@RequestParam String token, @RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String password, Model model, HttpServletResponse response,
            Locale locale) {
        try {
            links.createFirstAdministrator(token, new NewAccount(id, name, email, password, List.of(), List.of(),
                    null));
            return "redirect:/inloggen?ingesteld";
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.SETUP_LINK_INVALID) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            model.addAttribute("token", token);
            model.addAttribute("problem", messages.problem(e, locale));
            model.addAttribute("id", id);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            return "access/setup";
        }
    }
}
