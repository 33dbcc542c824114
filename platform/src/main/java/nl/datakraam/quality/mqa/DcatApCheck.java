// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.util.List;
import nl.datakraam.quality.ShaclFinding;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating a dataset's DCAT description against the DCAT-AP SHACL shapes.
 *
 * @param validated false when no validation ran ({@code problem} then says why)
 * @param conforms  true when validated without violations
 * @param problem   why no validation ran, in English; null when it ran
 * @param findings  one per SHACL violation, at most 20; empty when conforming
 */
public record DcatApCheck(boolean validated, boolean conforms, @Nullable String problem,
        List<ShaclFinding> findings) {

    public DcatApCheck {
        findings = List.copyOf(findings);
    }

    public static DcatApCheck notValidated(String problem) {
        return new DcatApCheck(false, false, problem, List.of());
    }

    public static DcatApCheck conforming() {
        return new DcatApCheck(true, true, null, List.of());
    }

    /** A validation that found these violations. */
    public static DcatApCheck violated(List<ShaclFinding> findings) {
        return new DcatApCheck(true, false, null, findings);
    }
}
