// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
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

    /**
     * An upload from the form that stopped before its end (case c30; see {@link UploadInterruption}) or whose body
     * is not multipart: the error page, 400.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(MultipartException e, HttpServletRequest request, Locale locale) {
        if (UploadInterruption.causes(e)) {
            request.setAttribute(UploadInterruption.MARK, Boolean.TRUE);
            ErrorCode code = ErrorCode.UPLOAD_INTERRUPTED;
            return ErrorPageController.page(messages, code.status(), code.key(), Map.of(), UploadInterruption.ENGLISH,
                    locale);
        }
        ErrorCode code = ErrorCode.REQUEST_UNREADABLE;
        return ErrorPageController.page(messages, code.status(), code.key(), Map.of(),
                "The form could not be read. Choose the file again and send the form once more.", locale);
    }

    /** The error page; a fault with a coded message says that message, in the reader's language. */
    @ExceptionHandler(PlatformException.class)
    ModelAndView platform(PlatformException e, Locale locale) {
        if (e.message() != null) {
            ModelAndView page = ErrorPageController.page(e.code().status(), e.code().key(),
                    messages.problem(e, locale), null);
            if (!e.reasons().isEmpty()) {
                page.addObject("reasons", messages.reasons(e.reasons(), locale));
            }
            return page;
        }
        return ErrorPageController.page(messages, e.code().status(), e.code().key(), e.details(), e.getMessage(),
                locale);
    }
}
