// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import java.util.Map;
import java.util.UUID;
import nl.datakraam.shared.ErrorCode;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Renders every exception from a REST controller as an RFC 9457 problem detail with a stable {@code code} and
 * {@code details}. Unexpected faults become a 500 that names a correlation id (logged with the stack trace) and
 * nothing else.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<ProblemDetail> platform(PlatformException e) {
        ResponseEntity<ProblemDetail> answer = problem(e.code().status(), e.code().key(), e.getMessage(), e.details());
        if (e.details().get("retryAfterSeconds") instanceof Number seconds) {
            return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.RETRY_AFTER, seconds.toString())
                    .body(answer.getBody());
        }
        return answer;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, ErrorCode.REQUEST_UNREADABLE.key(),
                "The request body is not the JSON this endpoint expects; see /v1/openapi.json.", Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_PARAMETER.key(),
                "'" + e.getName() + "' has the wrong form" + (UUID.class.equals(e.getRequiredType()) ? "; expected a UUID." : "."),
                Map.of("parameter", e.getName()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            ProblemDetail body = response.getBody();
            body.setProperty("code", "request." + status.value());
            return ResponseEntity.status(status).headers(response.getHeaders()).body(body);
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected error, correlation id {}", correlationId, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side. Nothing was changed. Quote correlation id " + correlationId
                        + " when you report it.", Map.of("correlationId", correlationId));
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
