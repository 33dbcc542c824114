// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit (case c29), or one whose body stopped before its end (case c30), fails before any
 * controller is chosen; answer it here, in place: 413 with the limit stated, or 400 {@code upload.interrupted}.
 * Nothing of the upload is stored.
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

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(MultipartException failure, HttpServletRequest request) {
        return errors.unreadableUpload(failure, request);
    }
}
