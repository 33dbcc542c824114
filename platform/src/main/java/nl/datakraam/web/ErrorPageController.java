// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container's error dispatch shows, for faults no controller handled (unknown paths, uploads over the size
 * limit, filter errors): a page for browsers, an RFC 9457 problem for everything else. Never a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    private final MultipartProperties multipart;

    ErrorPageController(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        Fault fault = fault(request);
        var page = new ModelAndView("error");
        page.setStatus(fault.status());
        page.addObject("status", fault.status().value());
        page.addObject("code", fault.code());
        page.addObject("detail", fault.detail());
        page.addObject("limit", multipart.getMaxFileSize().toMegabytes());
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        Fault fault = fault(request);
        Map<String, Object> details = fault.code().equals("upload.too-large")
                ? Map.of("maxFileSizeBytes", multipart.getMaxFileSize().toBytes()) : Map.of();
        return ApiExceptionHandler.problem(fault.status(), fault.code(), fault.detail(), details);
    }

    private Fault fault(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (exception instanceof MaxUploadSizeExceededException || isCause(exception)
                || status == HttpStatus.CONTENT_TOO_LARGE) {
            return new Fault(HttpStatus.CONTENT_TOO_LARGE, "upload.too-large",
                    "The file is larger than the upload limit of " + multipart.getMaxFileSize().toMegabytes()
                            + " MB. Split it, or ask the administrator to raise spring.servlet.multipart.max-file-size.");
        }
        return switch (status) {
            case NOT_FOUND -> new Fault(status, "request.not-found", "There is nothing at this address.");
            case UNAUTHORIZED -> new Fault(status, "access.login-required", "Sign in first.");
            case FORBIDDEN -> new Fault(status, "access.not-allowed", "You may not do this.");
            default -> status.is4xxClientError()
                    ? new Fault(status, "request." + status.value(), status.getReasonPhrase())
                    : new Fault(status, "internal-error", "Something went wrong on our side. Nothing was changed.");
        };
    }

    private static boolean isCause(Object exception) {
        for (Throwable t = exception instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }

    private record Fault(HttpStatus status, String code, String detail) {
    }
}
