// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Faults of the OGC API as its exception document: the members of OGC API – Features 1.0's {@code exception} schema
 * ({@code code}, {@code description}) and of RFC 9457, which 1.1 uses ({@code title}, {@code status},
 * {@code detail}), plus the platform's {@code messageCode} and {@code details} where the fault has them. The text is
 * in the reader's language. Before the page handler, which would answer HTML.
 */
@ControllerAdvice(assignableTypes = OgcController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OgcExceptionHandler {

    private final LocalisedMessages messages;

    OgcExceptionHandler(LocalisedMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<Map<String, Object>> platform(PlatformException e, Locale locale) {
        int status = e.code().status().value();
        String description = messages.problem(e, locale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code().key());
        body.put("description", description);
        body.put("title", messages.problemTitle(status, locale));
        body.put("status", status);
        body.put("detail", description);
        if (e.message() != null) {
            body.put("messageCode", e.message().code());
        }
        if (!e.details().isEmpty()) {
            body.put("details", e.details());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
