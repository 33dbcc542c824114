// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit (case c29) fails before any controller is chosen; answer it here, in place, with
 * the limit stated. Nothing of the upload is stored.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class UploadLimitHandler {

    private final ErrorPageController errors;

    UploadLimitHandler(ErrorPageController errors) {
        this.errors = errors;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return errors.tooLarge(request);
    }
}
