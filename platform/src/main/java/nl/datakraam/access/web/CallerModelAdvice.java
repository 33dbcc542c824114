// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.web;

import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the current {@link Caller} in every page's model, for the layout's sign-in / sign-out links. */
@ControllerAdvice(annotations = Controller.class)
class CallerModelAdvice {

    private final Authorization authorization;

    CallerModelAdvice(Authorization authorization) {
        this.authorization = authorization;
    }

    @ModelAttribute("caller")
    Caller caller() {
        return authorization.currentCaller();
    }
}
