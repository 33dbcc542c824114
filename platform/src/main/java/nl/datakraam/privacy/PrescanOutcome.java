// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a DPIA pre-scan and why: a DPIA is required when a case of AVG art. 35(3) applies, or a kind of
 * processing of the Autoriteit Persoonsgegevens' list (Stcrt. 2019, 64418), or two or more of the nine criteria of
 * WP 248 rev.01 (endorsed by the EDPB). Each list holds the ids of the questions answered yes.
 */
public record PrescanOutcome(boolean dpiaRequired, List<String> avgArticle35, List<String> apList,
        List<String> edpbCriteria) {

    /** Outcome codes kept on the assessment. */
    public static final String REQUIRED = "dpia-required";
    public static final String NOT_REQUIRED = "no-dpia-required";

    static final String RULE_AVG = "avg-35-3";
    static final String RULE_AP = "ap-list";
    static final String RULE_EDPB = "edpb-criterion";

    /** Evaluates the answers against the questionnaire's rules; unanswered questions count as no. */
    public static PrescanOutcome of(Questionnaire questionnaire, Map<String, String> answers) {
        List<String> avg = yes(questionnaire, answers, RULE_AVG);
        List<String> ap = yes(questionnaire, answers, RULE_AP);
        List<String> edpb = yes(questionnaire, answers, RULE_EDPB);
        return new PrescanOutcome(!avg.isEmpty() || !ap.isEmpty() || edpb.size() >= 2, avg, ap, edpb);
    }

    /** {@link #REQUIRED} or {@link #NOT_REQUIRED}. */
    public String code() {
        return dpiaRequired ? REQUIRED : NOT_REQUIRED;
    }

    /** The ids of every question that made the DPIA required (all three lists; the criteria only when two or more). */
    public List<String> reasons() {
        var reasons = new java.util.ArrayList<String>(avgArticle35);
        reasons.addAll(apList);
        if (edpbCriteria.size() >= 2) {
            reasons.addAll(edpbCriteria);
        }
        return reasons;
    }

    private static List<String> yes(Questionnaire questionnaire, Map<String, String> answers, String rule) {
        return questionnaire.questions().stream()
                .filter(q -> rule.equals(q.rule()) && Questionnaire.YES.equals(answers.get(q.id())))
                .map(Questionnaire.Question::id).toList();
    }
}
