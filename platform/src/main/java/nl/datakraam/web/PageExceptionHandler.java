// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import java.util.Locale;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Business faults from HTML controllers become the error page with the message for their code in the reader's
 * language (REST controllers are handled first, by {@link ApiExceptionHandler}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final LocalisedMessages messages;

    PageExceptionHandler(LocalisedMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlatformException.class)
    ModelAndView platform(PlatformException e, Locale locale) {
        return ErrorPageController.page(messages, e.code().status(), e.code().key(), e.details(), e.getMessage(),
                locale);
    }
}
