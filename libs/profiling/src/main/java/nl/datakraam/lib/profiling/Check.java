// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The checks of {@link CheckResult}, with their stable keys. */
enum Check {
    POSTCODE(true), PC4(true), GEMEENTECODE(true), PROVINCIECODE(true), WIJKCODE(true), BUURTCODE(true), BSN(true),
    IBAN(true), COORDINATES(true), GEOMETRY_VALID(true), KEY_UNIQUE(false), SENTINEL(false), DUPLICATE_ROWS(false), EMPTY_FIELD(false);

    private final boolean rule;

    Check(boolean rule) {
        this.rule = rule;
    }

    /** The stable key: {@code postcode}, {@code key-unique}, … */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A rule the values must follow (failing is an error) rather than a finding that may be intended. */
    boolean isRule() {
        return rule;
    }

    /**
     * @throws IllegalArgumentException for an unknown key
     */
    static Check of(String code) {
        return Arrays.stream(values()).filter(check -> check.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown check " + code));
    }

    /** The result of this check: failed (for a rule) or a finding when anything was counted, passed otherwise. */
    CheckResult result(List<String> fields, long checked, long count, List<Long> exampleRows, List<String> values) {
        String outcome = count == 0 ? CheckResult.PASSED : rule ? CheckResult.FAILED : CheckResult.FINDING;
        return new CheckResult(code(), fields, outcome, checked, count, exampleRows, values);
    }
}
