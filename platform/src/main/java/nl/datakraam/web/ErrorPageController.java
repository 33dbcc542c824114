// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.LocalisedMessages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * What the container's error dispatch shows, for faults no controller handled (unknown paths, uploads over the size
 * limit, filter errors): an RFC 9457 problem on API paths and for non-browser clients, a page for browsers. Never a
 * stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
@ConditionalOnWebApplication
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    private final MultipartProperties multipart;
    private final LocalisedMessages messages;

    ErrorPageController(MultipartProperties multipart, LocalisedMessages messages) {
        this.multipart = multipart;
        this.messages = messages;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return render(fault(request), uri instanceof String path ? path : "", request, response);
    }

    /**
     * The error page: the message for {@code code} in the reader's language (filled in with {@code details}), or
     * the general one for the status; the English {@code detail} as well where no translation says more.
     */
    static ModelAndView page(LocalisedMessages messages, HttpStatusCode status, String code, Map<String, ?> details,
            String detail, Locale locale) {
        String generic = messages.error("generic", Map.of("status", status.value()), locale,
                "HTTP " + status.value());
        String message = messages.error(code, details, locale, generic);
        boolean saysMore = message.equals(generic) || locale.getLanguage().equals("en") && !message.equals(detail);
        return page(status, code, message, saysMore ? detail : null);
    }

    /**
     * The error page saying {@code message}, already in the reader's language.
     *
     * @param detail more, in English, or null
     */
    static ModelAndView page(HttpStatusCode status, String code, String message, @Nullable String detail) {
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("code", code);
        page.addObject("message", message);
        page.addObject("detail", detail);
        return page;
    }

    /** The answer to an upload over the limit, rendered in place (a dispatch would parse the body again). */
    ModelAndView tooLarge(HttpServletRequest request) {
        return render(tooLarge(), request.getRequestURI(), request, null);
    }

    /**
     * The answer to a multipart body that could not be parsed before any controller was chosen: {@code
     * upload.interrupted} when it stopped before its end (case c30, see {@link UploadInterruption}), else {@code
     * request.unreadable}; 400 either way, rendered in place. Nothing of the upload is stored.
     */
    ModelAndView unreadableUpload(MultipartException failure, HttpServletRequest request) {
        if (UploadInterruption.causes(failure)) {
            request.setAttribute(UploadInterruption.MARK, Boolean.TRUE);
            log.info("Upload to {} stopped before its end ({}); nothing stored", request.getRequestURI(),
                    UploadInterruption.rootCause(failure));
            return render(interrupted(), request.getRequestURI(), request, null);
        }
        return render(new Fault(HttpStatus.BAD_REQUEST, ErrorCode.REQUEST_UNREADABLE.key(),
                "The request is not a readable multipart/form-data upload; send the file as form field 'file'."),
                request.getRequestURI(), request, null);
    }

    /** @param response the response, to read the {@code Retry-After} a filter set on it; null where none did */
    private ModelAndView render(Fault fault, String path, HttpServletRequest request,
            @Nullable HttpServletResponse response) {
        String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, Object> details = new LinkedHashMap<>();
        if (fault.code().equals("upload.too-large")) {
            details.put("maxFileSizeBytes", multipart.getMaxFileSize().toBytes());
            details.put("maxFileSizeMegabytes", multipart.getMaxFileSize().toMegabytes());
        }
        String retryAfter = response == null ? null : response.getHeader(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null && retryAfter.matches("\\d{1,9}")) {
            details.put("retryAfterSeconds", Integer.parseInt(retryAfter));
        }
        if (path.startsWith("/v1/") || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            var view = new JacksonJsonView();
            view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            view.setModelKeys(Set.of("problem"));
            view.setExtractValueFromSingleKeyModel(true);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", messages.problemTitle(fault.status().value(), locale));
            problem.put("status", fault.status().value());
            problem.put("detail", messages.problem(fault.code(), details, locale, fault.detail()));
            if (!path.isEmpty()) {
                problem.put("instance", path);
            }
            problem.put("code", fault.code());
            if (fault.code().equals("upload.too-large")) {
                problem.put("details", Map.of("maxFileSizeBytes", multipart.getMaxFileSize().toBytes()));
            } else if (details.containsKey("retryAfterSeconds")) {
                problem.put("details", Map.of("retryAfterSeconds", details.get("retryAfterSeconds")));
            }
            var answer = new ModelAndView(view, "problem", problem);
            answer.setStatus(fault.status());
            return answer;
        }
        return page(messages, fault.status(), fault.code(), details, fault.detail(), locale);
    }

    private Fault fault(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (exception instanceof MaxUploadSizeExceededException || status == HttpStatus.CONTENT_TOO_LARGE) {
            return tooLarge();
        }
        if (request.getAttribute(PlatformException.REQUEST_ATTRIBUTE) instanceof PlatformException named) {
            return new Fault(named.code().status(), named.code().key(), named.getMessage());
        }
        if (request.getAttribute(QueryEncodingFilter.MARK) != null) {
            return new Fault(HttpStatus.BAD_REQUEST, "request.invalid-encoding", "The query string is not valid "
                    + "UTF-8: percent-encode the UTF-8 bytes of each parameter, e.g. é as %C3%A9.");
        }
        if (request.getAttribute(UploadInterruption.MARK) != null
                || exception instanceof MultipartException failure && UploadInterruption.causes(failure)) {
            return interrupted();
        }
        return switch (status) {
            case NOT_FOUND -> new Fault(status, "request.not-found", "There is nothing at this address.");
            case UNAUTHORIZED -> new Fault(status, "access.login-required", "Sign in first.");
            case FORBIDDEN -> new Fault(status, "access.not-allowed", "You may not do this.");
            case TOO_MANY_REQUESTS -> new Fault(status, ErrorCode.RATE_LIMITED.key(), "Too many requests in a short "
                    + "time. Wait as many seconds as the Retry-After header says, then try again.");
            default -> status.is4xxClientError()
                    ? new Fault(status, "request." + status.value(), status.getReasonPhrase())
                    : new Fault(status, "internal-error", "Something went wrong on our side. Nothing was changed.");
        };
    }

    private Fault tooLarge() {
        return new Fault(HttpStatus.CONTENT_TOO_LARGE, "upload.too-large",
                "The file is larger than the upload limit of " + multipart.getMaxFileSize().toMegabytes()
                        + " MB. Split it, or ask the administrator to raise spring.servlet.multipart.max-file-size.");
    }

    private static Fault interrupted() {
        return new Fault(HttpStatus.BAD_REQUEST, ErrorCode.UPLOAD_INTERRUPTED.key(), UploadInterruption.ENGLISH);
    }

    private record Fault(HttpStatus status, String code, String detail) {
    }
}
