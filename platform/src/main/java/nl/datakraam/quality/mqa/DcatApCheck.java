// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.util.List;

/**
 * The outcome of validating a dataset's DCAT description against the DCAT-AP SHACL shapes.
 *
 * @param validated  false when no validation ran ({@code violations} then holds the reason)
 * @param conforms   true when validated without violations
 * @param violations one line per SHACL violation ({@code focus path: message}), at most 20; empty when conforming
 */
public record DcatApCheck(boolean validated, boolean conforms, List<String> violations) {

    public DcatApCheck {
        violations = List.copyOf(violations);
    }

    public static DcatApCheck notValidated(String reason) {
        return new DcatApCheck(false, false, List.of(reason));
    }

    public static DcatApCheck conforming() {
        return new DcatApCheck(true, true, List.of());
    }
}
