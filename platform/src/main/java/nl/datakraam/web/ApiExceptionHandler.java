// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
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
 * <p>{@code title} and {@code detail} are in the language {@code Accept-Language} asks for (Dutch by default): the
 * title by HTTP status ({@code problem.title.<status>}); the detail from the fault's coded message where it has one
 * ({@code issue.<messageCode>}, its code in the member {@code messageCode}), otherwise for English the exception's
 * own sentence and for Dutch the text {@code error.<code>} of the message bundle filled in with {@code details}, or
 * the English where the bundle has no Dutch text for the code. Clients that say it themselves use {@code code},
 * {@code messageCode} and {@code details}. A fault whose details hold a {@code line} and {@code column} (a position in
 * the request's text, such as where an SQL query goes wrong) has them as members {@code line} and {@code column}
 * too.
 * A refusal for several reasons (the publication gate) lists them all in {@code reasons}: each {@code code},
 * {@code message}, {@code action} (what to do) and, in a change of several datasets, {@code subject}, in the reader's
 * language.
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
        ResponseEntity<ProblemDetail> answer = problem(e.code().status(), e.code().key(), messages.problem(e, locale),
                e.details(), locale);
        if (e.message() != null) {
            answer.getBody().setProperty("messageCode", e.message().code());
        }
        // a fault that points into the request's text (an SQL error's position) says where as members too
        if (e.details().get("line") instanceof Number line && e.details().get("column") instanceof Number column) {
            answer.getBody().setProperty("line", line);
            answer.getBody().setProperty("column", column);
        }
        if (!e.reasons().isEmpty()) {
            answer.getBody().setProperty("reasons", messages.reasons(e.reasons(), locale));
        }
        if (e.details().get("retryAfterSeconds") instanceof Number seconds) {
            return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.RETRY_AFTER, seconds.toString())
                    .body(answer.getBody());
        }
        return answer;
    }

    /**
     * A body that is not the JSON expected; when a value's own parser said precisely what is wrong (a
     * {@link PlatformException} thrown while reading, such as an unknown choice naming the allowed ones), that.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PlatformException precise) {
                return platform(precise, locale);
            }
        }
        String key = ErrorCode.REQUEST_UNREADABLE.key();
        return problem(HttpStatus.BAD_REQUEST, key, said(key, Map.of(), locale,
                "The request body is not the JSON this endpoint expects; see /v1/openapi.json."), Map.of(), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        Class<?> type = e.getRequiredType();
        String expected = UUID.class.equals(type) ? "uuid" : type != null && (int.class.equals(type)
                || long.class.equals(type) || Integer.class.equals(type) || Long.class.equals(type)) ? "integer"
                : "other";
        return platform(new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM,
                Map.of("parameter", e.getName(), "expected", expected)), locale);
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
                    Map.of(), locale);
        }
        String key = ErrorCode.REQUEST_UNREADABLE.key();
        return problem(HttpStatus.BAD_REQUEST, key, said(key, Map.of(), locale,
                "The request is not a readable multipart/form-data upload; send the file as form field 'file'."),
                Map.of(), locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            ProblemDetail body = response.getBody();
            body.setTitle(messages.problemTitle(status.value(), locale));
            body.setProperty("code", "request." + status.value());
            return ResponseEntity.status(status).headers(response.getHeaders()).body(body);
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected error, correlation id {}", correlationId, e);
        Map<String, Object> details = Map.of("correlationId", correlationId);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", said("internal-error", details, locale,
                "Something went wrong on our side. Nothing was changed. Quote correlation id " + correlationId
                        + " when you report it."), details, locale);
    }

    /** The detail in the reader's language: {@code english} for English, else the bundle's text if it has one. */
    private String said(String key, Map<String, ?> details, Locale locale, String english) {
        return messages.problem(key, details, locale, english);
    }

    /** A problem with its {@code title} in the reader's language ({@code problem.title.<status>}). */
    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String detail,
            Map<String, Object> details, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.problemTitle(status.value(), locale));
        problem.setProperty("code", code);
        if (!details.isEmpty()) {
            problem.setProperty("details", details);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
