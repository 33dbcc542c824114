// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.Arrays;

/** Where an assessment is in its workflow: draft → submitted → approved | rejected; rejected → submitted again. */
public enum AssessmentStatus {
    DRAFT("draft"), SUBMITTED("submitted"), APPROVED("approved"), REJECTED("rejected");

    private final String code;

    AssessmentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static AssessmentStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown assessment status " + code));
    }
}
