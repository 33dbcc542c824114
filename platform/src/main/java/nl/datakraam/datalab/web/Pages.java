// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.Locale;
import java.util.Map;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.BuilderQuery;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** What the datalab's form pages share: who may open a form, which faults a form shows, a question in a field. */
final class Pages {

    private Pages() {
    }

    /**
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} for the anonymous caller
     */
    static void requireSignedIn(Caller caller) {
        if (caller.isAnonymous()) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to make charts and dashboards.");
        }
    }

    /**
     * The message a form shows above itself for a fault of what was filled in.
     *
     * @param notFound the code of the thing the form changes, which is not the form's to show
     * @throws PlatformException {@code e} itself when it is no fault of the form: a server fault, sign-in, not
     *     allowed, not found (the error page says those)
     */
    static String rejected(PlatformException e, ErrorCode notFound, LocalisedMessages messages, Locale locale) {
        if (!e.code().status().is4xxClientError() || e.code() == ErrorCode.LOGIN_REQUIRED
                || e.code() == ErrorCode.NOT_ALLOWED || e.code() == notFound) {
            throw e;
        }
        return messages.problem(e, locale);
    }

    /**
     * A builder question sent as JSON in a form field; null for a blank field.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} ({@code builder}) for text that is no question
     */
    static @Nullable BuilderQuery question(JsonMapper json, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, BuilderQuery.class);
        } catch (RuntimeException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM, Map.of("parameter", "builder",
                    "expected", "other"));
        }
    }
}
