// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;

/**
 * The error summary of a privacy form (NL Design System pattern: a list at the top, each entry a link to the field
 * it is about). Only faults a person can fix in the form become entries; others (not allowed, not found) go to the
 * error page.
 */
final class FormErrors {

    /** One entry: the id of the form control it is about (without {@code #}), and what is wrong. */
    record Entry(String field, String text) {
    }

    private FormErrors() {
    }

    /** Whether the fault is one the form can show: a 400, or a 404 of a dataset or initiative named in the form. */
    static boolean showable(PlatformException e) {
        return e.code().status().value() == 400 || e.code() == ErrorCode.DATASET_NOT_FOUND
                || e.code() == ErrorCode.INITIATIVE_NOT_FOUND;
    }

    /**
     * The entries of a fault: one per question for missing answers ({@code q-<id>}), else one for the parameter
     * named ({@code <prefix><parameter>}, e.g. {@code f-naam}) or the form as a whole ({@code form}).
     */
    static List<Entry> of(PlatformException e, String prefix, LocalisedMessages messages, Locale locale,
            java.util.function.Function<String, String> questionText) {
        List<Entry> entries = new ArrayList<>();
        Object questions = e.details().get("questions");
        if (questions instanceof List<?> ids) {
            for (Object id : ids) {
                entries.add(new Entry("q-" + id, questionText.apply(String.valueOf(id)) + " — "
                        + messages.text("privacy.form.answer-required", java.util.Map.of(), locale,
                                "answer this question")));
            }
            return entries;
        }
        Object question = e.details().get("question");
        Object parameter = e.details().get("parameter");
        String field = question != null ? "q-" + question
                : parameter != null ? prefix + parameter
                : e.code() == ErrorCode.DATASET_NOT_FOUND ? prefix + "datasets"
                : e.code() == ErrorCode.INITIATIVE_NOT_FOUND ? prefix + "initiative" : "form";
        entries.add(new Entry(field, messages.problem(e, locale)));
        return entries;
    }
}
