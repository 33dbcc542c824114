// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import nl.datakraam.shared.PlatformException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Business faults from HTML controllers become the error page with the translated message for their code (REST
 * controllers are handled first, by {@link ApiExceptionHandler}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(PlatformException.class)
    ModelAndView platform(PlatformException e) {
        var page = new ModelAndView("error");
        page.setStatus(e.code().status());
        page.addObject("status", e.code().status().value());
        page.addObject("code", e.code().key());
        page.addObject("detail", e.getMessage());
        return page;
    }
}
