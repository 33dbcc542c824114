// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A dataset's metadata quality per the data.europa.eu MQA method: points per indicator and dimension, the total
 * (0–405) and its rating band. Produced by {@code quality.mqa.Mqa}; see there for the method and its sources.
 *
 * @param total        points, 0–405
 * @param max          always 405
 * @param rating       {@code excellent} (351–405), {@code good} (221–350), {@code sufficient} (121–220) or
 *                     {@code bad} (0–120)
 * @param distribution the distribution whose points count for the distribution indicators (the best-scoring one,
 *                     e.g. {@code csv}); null for a dataset without distributions
 * @param dimensions   the five dimensions in the method's order
 * @param indicators   every indicator of the method, in the method's order
 */
public record MqaScore(int total, int max, String rating, @Nullable String distribution, List<Dimension> dimensions,
        List<Indicator> indicators) {

    public static final String EXCELLENT = "excellent";
    public static final String GOOD = "good";
    public static final String SUFFICIENT = "sufficient";
    public static final String BAD = "bad";

    public MqaScore {
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
    }

    /**
     * The rating band of a total, per the method: Excellent 351–405, Good 221–350, Sufficient 121–220, Bad 0–120.
     *
     * @throws IllegalArgumentException for a total outside 0–405
     */
    public static String rating(int total) {
        if (total < 0 || total > 405) {
            throw new IllegalArgumentException("An MQA total lies in 0-405, not " + total);
        }
        return total >= 351 ? EXCELLENT : total >= 221 ? GOOD : total >= 121 ? SUFFICIENT : BAD;
    }

    /**
     * One dimension.
     *
     * @param id     {@code findability}, {@code accessibility}, {@code interoperability}, {@code reusability},
     *               {@code contextuality}
     * @param points points earned
     * @param max    most points of the dimension (100, 100, 110, 75, 20)
     */
    public record Dimension(String id, int points, int max) {
    }

    /**
     * One indicator.
     *
     * @param id          piveau's metric name, e.g. {@code keywordAvailability}
     * @param dimension   the dimension's id
     * @param property    the DCAT property looked at, e.g. {@code dcat:keyword}
     * @param points      points earned: {@code max} when met, else 0
     * @param max         the indicator's weight in the method
     * @param met         whether the indicator is met
     * @param reason      stable code of why (message key {@code mqa.reason.<reason>}): {@code present},
     *                    {@code absent}, {@code not-held}, {@code reachable}, {@code unreachable},
     *                    {@code not-checked}, {@code in-vocabulary}, {@code not-in-vocabulary},
     *                    {@code non-proprietary}, {@code proprietary}, {@code machine-readable},
     *                    {@code not-machine-readable}, {@code conforms}, {@code violations},
     *                    {@code not-validated}, {@code no-distribution}
     * @param arguments   the facts the reason refers to, by name (as its message {@code mqa.reason.<reason>} uses
     *                    them: {@code property}, {@code value}, {@code url}, {@code status}, {@code problem},
     *                    {@code level}, {@code vocabulary}, {@code count}); empty in assessments stored before they
     *                    were kept, whose reason is then said by {@code explanation}
     * @param explanation the same in English, for API clients
     * @param findings    for {@code dcatApCompliance} with reason {@code violations}: the SHACL violations; empty
     *                    otherwise
     * @param metBy       for a distribution indicator, how many distributions meet it; null for a dataset indicator
     * @param of          for a distribution indicator, how many distributions there are; null otherwise
     * @param message     the reason in the reader's language (Accept-Language; Dutch by default), in API answers
     *                    only; null as stored
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String id, String dimension, String property, int points, int max, boolean met,
            String reason, Map<String, Object> arguments, String explanation, List<ShaclFinding> findings,
            @Nullable Integer metBy, @Nullable Integer of, @Nullable String message) {

        public Indicator {
            arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        /** The same indicator said in a language: its reason as {@code message}, and each finding's. */
        public Indicator said(String message, List<ShaclFinding> findings) {
            return new Indicator(id, dimension, property, points, max, met, reason, arguments, explanation,
                    findings, metBy, of, message);
        }
    }
}
