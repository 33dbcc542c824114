// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page ({@code /inloggen}); Spring Security handles the form post. */
@Controller
class LoginPageController {

    @GetMapping("/inloggen")
    String login() {
        return "access/login";
    }
}
