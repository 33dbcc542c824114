// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.Arrays;
import java.util.Optional;

/** The special categories of personal data of AVG art. 9(1), and criminal-offence data of art. 10. */
public enum SpecialCategory {
    RAS_OF_ETNISCHE_AFKOMST("ras-of-etnische-afkomst", "9"),
    POLITIEKE_OPVATTINGEN("politieke-opvattingen", "9"),
    RELIGIEUZE_OF_LEVENSBESCHOUWELIJKE_OVERTUIGINGEN("religieuze-of-levensbeschouwelijke-overtuigingen", "9"),
    LIDMAATSCHAP_VAKBOND("lidmaatschap-vakbond", "9"),
    GENETISCHE_GEGEVENS("genetische-gegevens", "9"),
    BIOMETRISCHE_GEGEVENS("biometrische-gegevens", "9"),
    GEZONDHEID("gezondheid", "9"),
    SEKSUEEL_GEDRAG_OF_GERICHTHEID("seksueel-gedrag-of-gerichtheid", "9"),
    STRAFRECHTELIJKE_GEGEVENS("strafrechtelijke-gegevens", "10");

    private final String code;
    private final String article;

    SpecialCategory(String code, String article) {
        this.code = code;
        this.article = article;
    }

    public String code() {
        return code;
    }

    /** The AVG article: {@code 9} or {@code 10}. */
    public String article() {
        return article;
    }

    public static Optional<SpecialCategory> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
