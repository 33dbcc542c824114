// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.quality.MqaAssessment;
import nl.datakraam.quality.MqaScore;
import nl.datakraam.quality.ShaclFinding;
import nl.datakraam.shared.LocalisedMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The MQA said in the reader's language (docs/adr/0003): an indicator's reason from {@code mqa.reason.<reason>} with
 * its named arguments, and a DCAT-AP SHACL finding from {@code mqa.shacl.*}, naming the property in words
 * ({@code mqa.property.<prefix>.<name>}, e.g. "de beschrijving (dct:description)"; the prefixed name alone where the
 * bundle has no word for it). What the bundles cannot say (an assessment stored before its arguments were kept) is
 * said by the English stored with it. Used by the dataset page ({@code @mqaTexts}) and the API. Thread-safe.
 */
@Component("mqaTexts")
public class MqaTexts {

    private final LocalisedMessages messages;
    private final MessageSource bundles;

    public MqaTexts(LocalisedMessages messages, MessageSource bundles) {
        this.messages = messages;
        this.bundles = bundles;
    }

    /** Why the indicator is met or not, with how many distributions meet it where that applies. */
    public String reason(MqaScore.Indicator indicator, Locale locale) {
        String reason = messages.text("mqa.reason." + indicator.reason(), indicator.arguments(), locale,
                indicator.explanation());
        if (indicator.of() == null || indicator.arguments().isEmpty()) {
            return reason; // the stored English explanation already counts the distributions
        }
        return reason + " " + bundles.getMessage("mqa.met-by", new Object[] {indicator.metBy(), indicator.of()},
                locale);
    }

    /** One SHACL finding as a sentence that names the property. */
    public String finding(ShaclFinding finding, Locale locale) {
        Map<String, Object> arguments = new LinkedHashMap<>(finding.arguments());
        String name = finding.path() == null ? null : bundles.getMessage("mqa.property."
                + finding.path().replace(':', '.'), null, null, locale);
        if (name != null) {
            arguments.put("property", name + " (" + finding.path() + ")");
        }
        return messages.text("mqa." + finding.code(), arguments, locale, finding.english());
    }

    /** The assessment with every indicator's reason and finding said in {@code locale}; null stays null. */
    public @Nullable MqaAssessment said(@Nullable MqaAssessment assessment, Locale locale) {
        if (assessment == null) {
            return null;
        }
        List<MqaScore.Indicator> indicators = assessment.indicators().stream()
                .map(i -> i.said(reason(i, locale), i.findings().stream()
                        .map(f -> f.said(finding(f, locale))).toList()))
                .toList();
        return new MqaAssessment(assessment.id(), assessment.datasetId(), assessment.versionId(),
                assessment.assessedAt(), assessment.total(), assessment.max(), assessment.rating(),
                assessment.distribution(), assessment.dimensions(), indicators, assessment.history());
    }
}
