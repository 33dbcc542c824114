// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Faults of the OGC API as its exception document: the members of OGC API – Features 1.0's {@code exception} schema
 * ({@code code}, {@code description}) and of RFC 9457, which 1.1 uses ({@code title}, {@code status},
 * {@code detail}), plus the platform's {@code messageCode} and {@code details} where the fault has them; for a
 * request that asked for HTML ({@code f=html}, a browser) the site's error page saying the same. The text is in the
 * reader's language. Ordered before the page handler, which would always answer HTML.
 */
@ControllerAdvice(assignableTypes = OgcController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OgcExceptionHandler {

    private final LocalisedMessages messages;
    private final JsonMapper json;

    OgcExceptionHandler(LocalisedMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(PlatformException.class)
    ModelAndView platform(PlatformException e, HttpServletRequest request, Locale locale) {
        HttpStatusCode status = e.code().status();
        String description = messages.problem(e, locale);
        ModelAndView answer;
        if (new OgcParameters(request).wantsHtml()) {
            answer = new ModelAndView("error");
            answer.addObject("status", status.value());
            answer.addObject("code", e.code().key());
            answer.addObject("message", description);
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", e.code().key());
            body.put("description", description);
            body.put("title", messages.problemTitle(status.value(), locale));
            body.put("status", status.value());
            body.put("detail", description);
            if (e.message() != null) {
                body.put("messageCode", e.message().code());
            }
            if (!e.details().isEmpty()) {
                body.put("details", e.details());
            }
            answer = new ModelAndView(new JsonView(json, body, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        }
        answer.setStatus(status);
        return answer;
    }
}
