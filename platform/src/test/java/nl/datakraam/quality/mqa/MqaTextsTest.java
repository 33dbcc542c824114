// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.lib.messages.MessageTemplate;
import nl.datakraam.quality.MqaScore;
import nl.datakraam.quality.ShaclFinding;
import nl.datakraam.quality.mqa.MqaFacts.DatasetFacts;
import nl.datakraam.quality.web.MqaTexts;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.support.MessageBundles;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/**
 * Every MQA reason and SHACL finding is said in Dutch and in English from the message bundles (docs/adr/0003), never
 * as the stored English or the validator's raw text, and names the property in words.
 */
class MqaTextsTest {

    private static final Locale DUTCH = LocalisedMessages.DUTCH;

    private final MqaTexts texts = new MqaTexts(new LocalisedMessages(MessageBundles.source()), MessageBundles.source());
    private final Mqa mqa = new Mqa();

    @Test
    void everyCodeHasADutchAndAnEnglishTextUsingOnlyItsArguments() {
        for (Properties bundle : List.of(MessageBundles.properties("/messages.properties"),
                MessageBundles.properties("/messages_en.properties"))) {
            for (MqaCode code : MqaCode.values()) {
                String text = bundle.getProperty("mqa." + code.key());
                assertThat(text).as("mqa." + code.key()).isNotBlank();
                Set<String> known = new HashSet<>(MessageTemplate.argumentNames(code.englishTemplate()));
                assertThat(MessageTemplate.argumentNames(text)).as("arguments of mqa." + code.key())
                        .isSubsetOf(known);
            }
        }
    }

    /* Each indicator, met (the complete fixture) and not met (an empty one), reads in Dutch, not in stored English. */
    @Test
    void everyIndicatorReasonIsSaidInDutchAndEnglish() {
        DatasetFacts d = MqaTest.dataset();
        var empty = new DatasetFacts(d.uri(), d.title(), null, List.of(), List.of(), null, null, null, null, null,
                null, null);
        var noDistribution = new MqaFacts(empty, List.of(), DcatApCheck.notValidated("no shapes"),
                Set.of("dcat:theme"));
        for (MqaFacts facts : List.of(MqaTest.complete(), MqaTest.withDistribution(x -> x.licence("vrij")),
                noDistribution)) {
            for (MqaScore.Indicator indicator : mqa.score(facts).indicators()) {
                String dutch = texts.reason(indicator, DUTCH);
                String english = texts.reason(indicator, Locale.ENGLISH);
                assertThat(dutch).as(indicator.id() + " " + indicator.reason()).isNotEqualTo(
                        indicator.explanation()).isNotEqualTo(english).doesNotContain("{", "}");
                assertThat(english).as(indicator.id()).doesNotContain("{", "}");
            }
        }
        MqaScore.Indicator licence = mqa.score(MqaTest.withDistribution(x -> x.licence("vrij"))).indicators()
                .stream().filter(i -> i.id().equals("knownLicence")).findFirst().orElseThrow();
        assertThat(texts.reason(licence, DUTCH)).isEqualTo("dct:license vrij komt niet uit de waardelijst voor"
                + " licenties die Datakraam kent; geef de URI van de licentie, bijvoorbeeld"
                + " http://creativecommons.org/publicdomain/zero/1.0/ (voldaan door 0 van 1 distributies)");
    }

    @Test
    void aMissingDescriptionReadsAsASentenceNamingThePropertyWithTheRawMessageKept() {
        Model withoutDescription = DcatRdf.dataset("https://data.example", DcatApValidatorTest.dataset("Alle", null));
        withoutDescription.removeAll(null, DCTerms.description, null);
        DcatApCheck check = new DcatApValidator().validate(withoutDescription);
        ShaclFinding description = check.findings().stream().filter(f -> "dct:description".equals(f.path()))
                .findFirst().orElseThrow();

        assertThat(texts.finding(description, DUTCH))
                .isEqualTo("De dataset mist de beschrijving (dct:description), die DCAT-AP verplicht stelt.");
        assertThat(texts.finding(description, Locale.ENGLISH))
                .isEqualTo("The dataset lacks the description (dct:description), which DCAT-AP requires.");
        assertThat(description.detail()).as("the validator's English stays available").contains("minCount");

        MqaScore.Indicator compliance = mqa.score(MqaTest.complete().withDcatAp(check)).indicators().stream()
                .filter(i -> i.id().equals("dcatApCompliance")).findFirst().orElseThrow();
        assertThat(compliance.findings()).contains(description);
        assertThat(texts.reason(compliance, DUTCH)).isEqualTo("de DCAT-beschrijving overtreedt "
                + (check.findings().size() == 1 ? "één SHACL-regel" : check.findings().size() + " SHACL-regels")
                + " van DCAT-AP 3.0.1:").doesNotContain("minCount");
    }

    @Test
    void aPropertyWithoutAWordIsNamedByItsPrefixedName() {
        var finding = new ShaclFinding("shacl.value-type", "distribution", "dcatap:availability", "d1",
                "raw English", null);

        assertThat(texts.finding(finding, DUTCH)).isEqualTo("De distributie heeft bij dcatap:availability een"
                + " waarde van een soort die DCAT-AP daar niet toestaat.");
    }
}
