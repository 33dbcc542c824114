// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grounds for lawful processing of AVG art. 6(1). {@link #label()} is the wording of the VNG
 * verwerkingsactiviteiten API's {@code grondslag} where it names the ground.
 */
public enum LegalBasis {
    TOESTEMMING("toestemming", "6 lid 1 onder a", "Toestemming betrokkene"),
    OVEREENKOMST("overeenkomst", "6 lid 1 onder b", "Uitvoering overeenkomst"),
    WETTELIJKE_VERPLICHTING("wettelijke-verplichting", "6 lid 1 onder c", "Wettelijke verplichting"),
    VITAAL_BELANG("vitaal-belang", "6 lid 1 onder d", "Vitaal belang"),
    PUBLIEKE_TAAK("publieke-taak", "6 lid 1 onder e", "Publieke taak"),
    GERECHTVAARDIGD_BELANG("gerechtvaardigd-belang", "6 lid 1 onder f", "Gerechtvaardigd belang");

    private final String code;
    private final String article;
    private final String label;

    LegalBasis(String code, String article, String label) {
        this.code = code;
        this.article = article;
        this.label = label;
    }

    /** E.g. {@code publieke-taak}. */
    public String code() {
        return code;
    }

    /** The AVG article, e.g. {@code 6 lid 1 onder e}. */
    public String article() {
        return article;
    }

    /** The Dutch name, e.g. {@code Publieke taak}. */
    public String label() {
        return label;
    }

    public static Optional<LegalBasis> of(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
