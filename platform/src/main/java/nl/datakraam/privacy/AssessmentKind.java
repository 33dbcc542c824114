// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of assessment of the province's toetsingskader; each has its questionnaire of the same id. */
public enum AssessmentKind {
    /** Whether a DPIA is mandatory: AVG art. 35(3), the AP's list (Stcrt. 2019, 64418) and the WP 248 criteria. */
    DPIA_PRESCAN("dpia-prescan"),
    /** The data protection impact assessment (AVG art. 35), after the Model DPIA Rijksdienst. */
    DPIA("dpia"),
    /** An ethics check for algorithms and AI in the spirit of the IAMA. */
    ETHICS("ethics"),
    /** A BIO classification: availability, integrity, confidentiality at BBN1–3. */
    BIO("bio");

    private final String code;

    AssessmentKind(String code) {
        this.code = code;
    }

    /** The code in URLs, JSON and questionnaire ids, e.g. {@code dpia-prescan}. */
    public String code() {
        return code;
    }

    public static Optional<AssessmentKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
