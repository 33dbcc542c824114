// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders every exception from a REST controller as an RFC 9457 problem detail with a stable {@code code} and
 * {@code details}. Unexpected faults become a 500 that names a correlation id (logged with the stack trace) and
 * nothing else.
 *
 * <p>{@code detail} is in the language {@code Accept-Language} asks for: for English the exception's own sentence,
 * for Dutch (the default) the text {@code error.<code>} of the message bundle filled in with {@code details}, or the
 * English where the bundle has no Dutch text for the code. Clients that say it themselves use {@code code} and
 * {@code details}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final LocalisedMessages messages;

    ApiExceptionHandler(LocalisedMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<ProblemDetail> platform(PlatformException e, Locale locale) {
        ResponseEntity<ProblemDetail> answer = problem(e.code().status(), e.code().key(),
                said(e.code().key(), e.details(), locale, e.getMessage()), e.details());
        if (e.details().get("retryAfterSeconds") instanceof Number seconds) {
            return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.RETRY_AFTER, seconds.toString())
                    .body(answer.getBody());
        }
        return answer;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        String key = ErrorCode.REQUEST_UNREADABLE.key();
        return problem(HttpStatus.BAD_REQUEST, key, said(key, Map.of(), locale,
                "The request body is not the JSON this endpoint expects; see /v1/openapi.json."), Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        String key = ErrorCode.INVALID_PARAMETER.key();
        Map<String, Object> details = Map.of("parameter", e.getName());
        return problem(HttpStatus.BAD_REQUEST, key, said(key, details, locale, "'" + e.getName()
                + "' has the wrong form" + (UUID.class.equals(e.getRequiredType()) ? "; expected a UUID." : ".")),
                details);
    }

    /**
     * A multipart body that stopped before its end (the client closed the connection or stalled past the server's
     * read timeout; case c30) or that is not multipart at all. Tomcat removes the parts it had written, nothing else
     * was stored, and no stack trace is logged.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request, Locale locale) {
        if (UploadInterruption.causes(e)) {
            request.setAttribute(UploadInterruption.MARK, Boolean.TRUE);
            log.info("Upload to {} stopped before its end ({}); nothing stored", request.getRequestURI(),
                    UploadInterruption.rootCause(e));
            String key = ErrorCode.UPLOAD_INTERRUPTED.key();
            return problem(HttpStatus.BAD_REQUEST, key, said(key, Map.of(), locale, UploadInterruption.ENGLISH),
                    Map.of());
        }
        String key = ErrorCode.REQUEST_UNREADABLE.key();
        return problem(HttpStatus.BAD_REQUEST, key, said(key, Map.of(), locale,
                "The request is not a readable multipart/form-data upload; send the file as form field 'file'."),
                Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            ProblemDetail body = response.getBody();
            body.setProperty("code", "request." + status.value());
            return ResponseEntity.status(status).headers(response.getHeaders()).body(body);
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected error, correlation id {}", correlationId, e);
        Map<String, Object> details = Map.of("correlationId", correlationId);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", said("internal-error", details, locale,
                "Something went wrong on our side. Nothing was changed. Quote correlation id " + correlationId
                        + " when you report it."), details);
    }

    /** The detail in the reader's language: {@code english} for English, else the bundle's text if it has one. */
    private String said(String key, Map<String, ?> details, Locale locale, String english) {
        return locale.getLanguage().equals("en") ? english : messages.error(key, details, locale, english);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String detail,
            Map<String, Object> details) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        if (!details.isEmpty()) {
            problem.setProperty("details", details);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
