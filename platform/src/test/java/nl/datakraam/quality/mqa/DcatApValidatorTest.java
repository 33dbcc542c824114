// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.datakraam.quality.mqa.MqaFacts.DatasetFacts;
import org.junit.jupiter.api.Test;

/** The DCAT-AP 3.0.1 SHACL check of the description Datakraam would publish. */
class DcatApValidatorTest {

    private static final DcatApValidator VALIDATOR = new DcatApValidator();

    @Test
    void aWellDescribedDatasetConforms() {
        DcatApCheck check = VALIDATOR.validate(new MqaFacts(new MqaTest.DatasetBuilder(MqaTest.dataset())
                .themes(List.of()).build(), List.of(MqaTest.distribution("csv")), DcatApCheck.conforming(), Set.of()));

        assertThat(check.findings()).isEmpty();
        assertThat(check.validated()).isTrue();
        assertThat(check.conforms()).isTrue();
    }

    /**
     * The shapes require a label on every theme concept, and the EU theme vocabulary is not loaded: themes must be
     * published with their labels (CHECKS.md section 1, caveat 3) once the catalogue records them.
     */
    @Test
    void aThemeWithoutItsVocabularyLabelViolatesTheShapes() {
        DcatApCheck check = VALIDATOR.validate(MqaTest.complete());

        assertThat(check.conforms()).isFalse();
        assertThat(check.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.focus()).isEqualTo("GOVE");
            assertThat(finding.path()).isEqualTo("skos:prefLabel");
            assertThat(finding.subject()).isEqualTo("other");
        });
    }

    @Test
    void aDatasetWithoutDescriptionViolatesTheMandatoryDescription() {
        DatasetFacts d = MqaTest.dataset();
        var withoutDescription = new DatasetFacts(d.uri(), d.title(), null, d.keywords(), d.themes(), d.spatial(),
                d.temporal(), d.accessRights(), d.contactPoint(), d.publisher(), d.issued(), d.modified());

        DcatApCheck check = VALIDATOR.validate(new MqaFacts(withoutDescription, List.of(MqaTest.distribution("csv")),
                DcatApCheck.conforming(), Set.of()));

        assertThat(check.validated()).isTrue();
        assertThat(check.conforms()).isFalse();
        assertThat(check.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("shacl.min-count");
            assertThat(finding.subject()).isEqualTo("dataset");
            assertThat(finding.path()).isEqualTo("dct:description");
            assertThat(finding.focus()).isEqualTo("1");
        });
    }

    @Test
    void aDistributionWithoutAccessUrlViolatesTheShapes() {
        var noAccessUrl = new MqaTest.DistributionBuilder(MqaTest.distribution("csv")).build();
        var stripped = new MqaFacts.DistributionFacts(noAccessUrl.name(), null, noAccessUrl.downloadUrl(),
                noAccessUrl.format(), noAccessUrl.mediaType(), noAccessUrl.licence(), noAccessUrl.rights(),
                noAccessUrl.byteSize(), noAccessUrl.issued(), noAccessUrl.modified(), noAccessUrl.accessUrlCheck(),
                noAccessUrl.downloadUrlCheck());

        DcatApCheck check = VALIDATOR.validate(new MqaFacts(MqaTest.dataset(), List.of(stripped),
                DcatApCheck.conforming(), Set.of()));

        assertThat(check.conforms()).isFalse();
        assertThat(check.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("shacl.min-count");
            assertThat(finding.subject()).isEqualTo("distribution");
            assertThat(finding.path()).isEqualTo("dcat:accessURL");
            assertThat(finding.detail()).as("the validator's own English").contains("minCount");
        });
    }
}
