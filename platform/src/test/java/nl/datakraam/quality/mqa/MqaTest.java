// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.datakraam.quality.MqaScore;
import nl.datakraam.quality.ShaclFinding;
import nl.datakraam.quality.mqa.MqaFacts.DatasetFacts;
import nl.datakraam.quality.mqa.MqaFacts.DistributionFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MQA calculator against hand computations. The fixture {@link #complete()} meets every indicator (405 points);
 * each case switches one fact off and states, worked out by hand from the method's weight table, which indicators
 * lose their points and what the total becomes:
 *
 * <pre>
 * findability      keywords 30  categories 30  spatial 20  temporal 20                         = 100
 * accessibility    accessURL reachable 50  downloadURL 20  downloadURL reachable 30            = 100
 * interoperability format 20  media type 10  vocabulary 10  non-proprietary 20
 *                  machine-readable 20  DCAT-AP 30                                             = 110
 * reusability      licence 20  known licence 10  access rights 10  vocabulary 5
 *                  contact point 20  publisher 10                                              =  75
 * contextuality    rights 5  byte size 5  issued 5  modified 5                                 =  20
 *                                                                                        total   405
 * </pre>
 */
class MqaTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final String CSV = "http://publications.europa.eu/resource/authority/file-type/CSV";
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";

    private final Mqa mqa = new Mqa();

    static DatasetFacts dataset() {
        return new DatasetFacts("https://data.example/datasets/1", "Subsidies", "Alle subsidies",
                List.of("subsidie"), List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                "bbox 4.9,52.0,5.6,52.3 (WGS 84)", "2020/2025", PUBLIC, "mailto:data@provincie.example",
                "Provincie Utrecht", T, T);
    }

    static DistributionFacts distribution(String name) {
        return new DistributionFacts(name, "https://data.example/datasets/1",
                "https://data.example/v1/datasets/1/download?format=" + name, CSV, "text/csv", CC0,
                "Vrij te gebruiken", 1234L, T, T,
                Reachability.reachable("https://data.example/datasets/1", 200),
                Reachability.reachable("https://data.example/v1/datasets/1/download?format=" + name, 206));
    }

    static MqaFacts complete() {
        return new MqaFacts(dataset(), List.of(distribution("csv")), DcatApCheck.conforming(), Set.of());
    }

    static MqaFacts withDataset(UnaryOperator<DatasetBuilder> change) {
        return new MqaFacts(change.apply(new DatasetBuilder(dataset())).build(), List.of(distribution("csv")),
                DcatApCheck.conforming(), Set.of());
    }

    static MqaFacts withDistribution(UnaryOperator<DistributionBuilder> change) {
        return new MqaFacts(dataset(), List.of(change.apply(new DistributionBuilder(distribution("csv"))).build()),
                DcatApCheck.conforming(), Set.of());
    }

    /** Every indicator is met by the complete fixture, with exactly the method's weight. */
    static Stream<Arguments> weights() {
        return Stream.of(
                Arguments.of("keywordAvailability", 30), Arguments.of("categoryAvailability", 30),
                Arguments.of("spatialAvailability", 20), Arguments.of("temporalAvailability", 20),
                Arguments.of("accessUrlStatusCode", 50), Arguments.of("downloadUrlAvailability", 20),
                Arguments.of("downloadUrlStatusCode", 30), Arguments.of("formatAvailability", 20),
                Arguments.of("mediaTypeAvailability", 10), Arguments.of("formatMediaTypeVocabularyAlignment", 10),
                Arguments.of("formatMediaTypeNonProprietary", 20),
                Arguments.of("formatMediaTypeMachineInterpretable", 20), Arguments.of("dcatApCompliance", 30),
                Arguments.of("licenceAvailability", 20), Arguments.of("knownLicence", 10),
                Arguments.of("accessRightsAvailability", 10), Arguments.of("accessRightsVocabularyAlignment", 5),
                Arguments.of("contactPointAvailability", 20), Arguments.of("publisherAvailability", 10),
                Arguments.of("rightsAvailability", 5), Arguments.of("byteSizeAvailability", 5),
                Arguments.of("dateIssuedAvailability", 5), Arguments.of("dateModifiedAvailability", 5));
    }

    @ParameterizedTest(name = "{0} on: {1} points")
    @MethodSource("weights")
    void eachIndicatorSwitchedOnEarnsItsWeight(String indicator, int points) {
        MqaScore score = mqa.score(complete());

        assertThat(indicator(score, indicator).points()).isEqualTo(points);
        assertThat(indicator(score, indicator).met()).isTrue();
        assertThat(indicator(score, indicator).max()).isEqualTo(points);
        assertThat(score.total()).isEqualTo(405);
        assertThat(score.rating()).isEqualTo("excellent");
    }

    @Test
    void theCompleteFixtureFillsEveryDimension() {
        assertThat(mqa.score(complete()).dimensions()).containsExactly(
                new MqaScore.Dimension("findability", 100, 100), new MqaScore.Dimension("accessibility", 100, 100),
                new MqaScore.Dimension("interoperability", 110, 110), new MqaScore.Dimension("reusability", 75, 75),
                new MqaScore.Dimension("contextuality", 20, 20));
    }

    /** One fact off; the indicators that must then score 0, and the total worked out by hand. */
    static Stream<Arguments> switchedOff() {
        var noCsvInLists = new MqaVocabularies(Set.of("creativecommons.org/publicdomain/zero/1.0"),
                Set.of(PUBLIC), Map.of("csv", new MqaVocabularies.Format("csv", CSV, "text/csv", true, false, true)));
        var notMachineReadable = new MqaVocabularies(Set.of("creativecommons.org/publicdomain/zero/1.0"),
                Set.of(PUBLIC), Map.of("csv", new MqaVocabularies.Format("csv", CSV, "text/csv", true, true, false)));
        return Stream.of(
                Arguments.of("no keywords", withDataset(d -> d.keywords(List.of())), null,
                        List.of("keywordAvailability"), 375),
                Arguments.of("no theme", withDataset(d -> d.themes(List.of())), null,
                        List.of("categoryAvailability"), 375),
                Arguments.of("no spatial", withDataset(d -> d.spatial(null)), null,
                        List.of("spatialAvailability"), 385),
                Arguments.of("no temporal", withDataset(d -> d.temporal(null)), null,
                        List.of("temporalAvailability"), 385),
                Arguments.of("access URL answers 404", withDistribution(x -> x.accessUrlCheck(
                        Reachability.unreachable("https://data.example/datasets/1", 404, "not found"))), null,
                        List.of("accessUrlStatusCode"), 355),
                Arguments.of("access URL not checked", withDistribution(x -> x.accessUrlCheck(
                        Reachability.notChecked("https://data.example/datasets/1", "not openbaar"))), null,
                        List.of("accessUrlStatusCode"), 355),
                Arguments.of("no download URL", withDistribution(x -> x.downloadUrl(null)), null,
                        List.of("downloadUrlAvailability", "downloadUrlStatusCode"), 355),
                Arguments.of("download URL times out", withDistribution(x -> x.downloadUrlCheck(
                        Reachability.unreachable("https://data.example/x", null, "timed out"))), null,
                        List.of("downloadUrlStatusCode"), 375),
                Arguments.of("no format (media type still from IANA)", withDistribution(x -> x.format(null)), null,
                        List.of("formatAvailability"), 385),
                Arguments.of("no media type (format still from the EU list)",
                        withDistribution(x -> x.mediaType(null)), null, List.of("mediaTypeAvailability"), 395),
                Arguments.of("format not from the EU file-type list",
                        withDistribution(x -> x.format("https://formats.example/CSV")), null,
                        List.of("formatMediaTypeVocabularyAlignment"), 395),
                Arguments.of("format not on the non-proprietary list", complete(), noCsvInLists,
                        List.of("formatMediaTypeNonProprietary"), 385),
                Arguments.of("format not on the machine-readable list", complete(), notMachineReadable,
                        List.of("formatMediaTypeMachineInterpretable"), 385),
                Arguments.of("DCAT-AP violations", complete().withDcatAp(DcatApCheck.violated(List.of(
                        new ShaclFinding("shacl.min-count", "dataset", "dct:description", "1", "minCount", null)))),
                        null, List.of("dcatApCompliance"), 375),
                Arguments.of("DCAT-AP not validated", complete().withDcatAp(DcatApCheck.notValidated("no shapes")),
                        null, List.of("dcatApCompliance"), 375),
                Arguments.of("no licence", withDistribution(x -> x.licence(null)), null,
                        List.of("licenceAvailability", "knownLicence"), 375),
                Arguments.of("licence as free text", withDistribution(x -> x.licence("vrij te gebruiken")), null,
                        List.of("knownLicence"), 395),
                Arguments.of("no access rights", withDataset(d -> d.accessRights(null)), null,
                        List.of("accessRightsAvailability", "accessRightsVocabularyAlignment"), 390),
                Arguments.of("access rights outside the vocabulary",
                        withDataset(d -> d.accessRights("https://rights.example/open")), null,
                        List.of("accessRightsVocabularyAlignment"), 400),
                Arguments.of("no contact point", withDataset(d -> d.contactPoint(null)), null,
                        List.of("contactPointAvailability"), 385),
                Arguments.of("no publisher", withDataset(d -> d.publisher(null)), null,
                        List.of("publisherAvailability"), 395),
                Arguments.of("no rights", withDistribution(x -> x.rights(null)), null,
                        List.of("rightsAvailability"), 400),
                Arguments.of("no byte size", withDistribution(x -> x.byteSize(null)), null,
                        List.of("byteSizeAvailability"), 400),
                Arguments.of("no issued date on the distribution", withDistribution(x -> x.issued(null)), null,
                        List.of("dateIssuedAvailability"), 400),
                Arguments.of("no modified date on the distribution", withDistribution(x -> x.modified(null)), null,
                        List.of("dateModifiedAvailability"), 400));
    }

    @ParameterizedTest(name = "{0}: total {4}")
    @MethodSource("switchedOff")
    void eachIndicatorSwitchedOffLosesExactlyItsPoints(String name, MqaFacts facts, MqaVocabularies vocabularies,
            List<String> lost, int total) {
        MqaScore score = (vocabularies == null ? mqa : new Mqa(vocabularies)).score(facts);

        assertThat(score.total()).isEqualTo(total);
        for (MqaScore.Indicator indicator : score.indicators()) {
            if (lost.contains(indicator.id())) {
                assertThat(indicator.points()).as(indicator.id()).isZero();
                assertThat(indicator.met()).as(indicator.id()).isFalse();
            } else {
                assertThat(indicator.points()).as(indicator.id()).isEqualTo(indicator.max());
            }
        }
        assertThat(score.dimensions().stream().mapToInt(MqaScore.Dimension::points).sum()).isEqualTo(total);
    }

    @Test
    void theBestDistributionCountsNotTheShareOfDistributions() {
        // parquet: access 50, download 20 + 30, format 20, media type 10, no vocabulary, not non-proprietary, not
        // machine-readable, licence 20 + 10, rights 5, size 5, issued 5, modified 5 = 180
        // csv (complete): 200 distribution points. csv counts although it comes second.
        var parquet = new DistributionBuilder(distribution("parquet")).format("PARQUET")
                .mediaType("application/vnd.apache.parquet").build();
        var facts = new MqaFacts(dataset(), List.of(parquet, distribution("csv")), DcatApCheck.conforming(),
                Set.of());

        MqaScore score = mqa.score(facts);

        assertThat(score.distribution()).isEqualTo("csv");
        assertThat(score.total()).isEqualTo(405);
        assertThat(indicator(score, "formatMediaTypeNonProprietary").metBy()).isEqualTo(1);
        assertThat(indicator(score, "formatMediaTypeNonProprietary").of()).isEqualTo(2);
    }

    @Test
    void aDistributionThatIsBestOnlyInParts_countsWhole() {
        // a: reachable but no format (loses format 20 only: media type keeps vocabulary and lists) = 180
        // b: format, but download URL unreachable (loses 30) = 170. a counts: its missing format costs 20.
        var a = new DistributionBuilder(distribution("a")).format(null).build();
        var b = new DistributionBuilder(distribution("b")).downloadUrlCheck(
                Reachability.unreachable("https://data.example/b", 500, "error")).build();

        MqaScore score = mqa.score(new MqaFacts(dataset(), List.of(b, a), DcatApCheck.conforming(), Set.of()));

        assertThat(score.distribution()).isEqualTo("a");
        assertThat(score.total()).isEqualTo(385);
        assertThat(indicator(score, "formatAvailability").points()).isZero();
        assertThat(indicator(score, "downloadUrlStatusCode").points()).isEqualTo(30);
    }

    @Test
    void equallyGoodDistributionsLetTheFirstCount() {
        var facts = new MqaFacts(dataset(), List.of(distribution("first"), distribution("second")),
                DcatApCheck.conforming(), Set.of());

        assertThat(mqa.score(facts).distribution()).isEqualTo("first");
    }

    @Test
    void aDatasetWithoutDistributionsScoresOnlyItsOwnProperties() {
        // keywords 30 + categories 30 + spatial 20 + temporal 20 + DCAT-AP 30 + access rights 10 + 5
        // + contact point 20 + publisher 10 + the dataset's issued 5 and modified 5 = 185
        MqaScore score = mqa.score(new MqaFacts(dataset(), List.of(), DcatApCheck.conforming(), Set.of()));

        assertThat(score.total()).isEqualTo(185);
        assertThat(score.rating()).isEqualTo("sufficient");
        assertThat(score.distribution()).isNull();
        assertThat(indicator(score, "accessUrlStatusCode").reason()).isEqualTo("no-distribution");
        assertThat(indicator(score, "dateIssuedAvailability").points()).isEqualTo(5);
    }

    @Test
    void propertiesTheCatalogueCannotHoldAreReportedAsNotHeld() {
        var facts = new MqaFacts(new DatasetBuilder(dataset()).themes(List.of()).build(),
                List.of(distribution("csv")), DcatApCheck.conforming(), Set.of("dcat:theme"));

        MqaScore.Indicator categories = indicator(mqa.score(facts), "categoryAvailability");

        assertThat(categories.reason()).isEqualTo("not-held");
        assertThat(categories.explanation()).contains("dcat:theme", "DCAT-AP-NL");
        assertThat(indicator(mqa.score(withDataset(d -> d.keywords(List.of()))), "keywordAvailability").reason())
                .isEqualTo("absent");
    }

    @Test
    void ratingBandsFollowTheMethod() {
        assertThat(MqaScore.rating(405)).isEqualTo("excellent");
        assertThat(MqaScore.rating(351)).isEqualTo("excellent");
        assertThat(MqaScore.rating(350)).isEqualTo("good");
        assertThat(MqaScore.rating(221)).isEqualTo("good");
        assertThat(MqaScore.rating(220)).isEqualTo("sufficient");
        assertThat(MqaScore.rating(121)).isEqualTo("sufficient");
        assertThat(MqaScore.rating(120)).isEqualTo("bad");
        assertThat(MqaScore.rating(0)).isEqualTo("bad");
    }

    @Test
    void licenceUrisMatchTheListWhateverTheirSchemeOrLanguageSuffix() {
        MqaVocabularies lists = MqaVocabularies.bundled();
        assertThat(lists.knownLicence("https://creativecommons.org/licenses/by/4.0/")).isTrue();
        assertThat(lists.knownLicence("http://creativecommons.org/licenses/by/4.0/deed.nl")).isTrue();
        assertThat(lists.knownLicence("http://creativecommons.org/publicdomain/zero/1.0")).isTrue();
        assertThat(lists.knownLicence("CC0")).isFalse();
        assertThat(lists.knownAccessRight(PUBLIC)).isTrue();
        assertThat(lists.knownAccessRight(MqaVocabularies.EU_ACCESS_RIGHT + "NON_PUBLIC")).isTrue();
        assertThat(lists.knownAccessRight("https://dcat.overheid.nl/application-profile/donl/term/PUBLIEK")).isTrue();
    }

    private static MqaScore.Indicator indicator(MqaScore score, String id) {
        return score.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** Builder over {@link DatasetFacts} for the cases above. */
    static final class DatasetBuilder {
        private DatasetFacts d;

        DatasetBuilder(DatasetFacts d) {
            this.d = d;
        }

        DatasetBuilder keywords(List<String> v) {
            d = new DatasetFacts(d.uri(), d.title(), d.description(), v, d.themes(), d.spatial(), d.temporal(),
                    d.accessRights(), d.contactPoint(), d.publisher(), d.issued(), d.modified());
            return this;
        }

        DatasetBuilder themes(List<String> v) {
            d = new DatasetFacts(d.uri(), d.title(), d.description(), d.keywords(), v, d.spatial(), d.temporal(),
                    d.accessRights(), d.contactPoint(), d.publisher(), d.issued(), d.modified());
            return this;
        }

        DatasetBuilder spatial(String v) {
            d = new DatasetFacts(d.uri(), d.title(), d.description(), d.keywords(), d.themes(), v, d.temporal(),
                    d.accessRights(), d.contactPoint(), d.publisher(), d.issued(), d.modified());
            return this;
        }

        DatasetBuilder temporal(String v) {
            d = new DatasetFacts(d.uri(), d.title(), d.description(), d.keywords(), d.themes(), d.spatial(), v,
                    d.accessRights(), d.contactPoint(), d.publisher(), d.issued(), d.modified());
            return this;
        }

        DatasetBuilder accessRights(String v) {
            d = new DatasetFacts(d.uri(), d.title(), d.description(), d.keywords(), d.themes(), d.spatial(),
                    d.temporal(), v, d.contactPoint(), d.publisher(), d.issued(), d.modified());
            return this;
        }

        DatasetBuilder contactPoint(String v) {
            d = new DatasetFacts(d.uri(), d.title(), d.description(), d.keywords(), d.themes(), d.spatial(),
                    d.temporal(), d.accessRights(), v, d.publisher(), d.issued(), d.modified());
            return this;
        }

        DatasetBuilder publisher(String v) {
            d = new DatasetFacts(d.uri(), d.title(), d.description(), d.keywords(), d.themes(), d.spatial(),
                    d.temporal(), d.accessRights(), d.contactPoint(), v, d.issued(), d.modified());
            return this;
        }

        DatasetFacts build() {
            return d;
        }
    }

    /** Builder over {@link DistributionFacts} for the cases above. */
    static final class DistributionBuilder {
        private DistributionFacts x;

        DistributionBuilder(DistributionFacts x) {
            this.x = x;
        }

        DistributionBuilder downloadUrl(String v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), v, x.format(), x.mediaType(), x.licence(),
                    x.rights(), x.byteSize(), x.issued(), x.modified(), x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder format(String v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), v, x.mediaType(), x.licence(),
                    x.rights(), x.byteSize(), x.issued(), x.modified(), x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder mediaType(String v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), v, x.licence(),
                    x.rights(), x.byteSize(), x.issued(), x.modified(), x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder licence(String v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(), v,
                    x.rights(), x.byteSize(), x.issued(), x.modified(), x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder rights(String v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(),
                    x.licence(), v, x.byteSize(), x.issued(), x.modified(), x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder byteSize(Long v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(),
                    x.licence(), x.rights(), v, x.issued(), x.modified(), x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder issued(Instant v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(),
                    x.licence(), x.rights(), x.byteSize(), v, x.modified(), x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder modified(Instant v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(),
                    x.licence(), x.rights(), x.byteSize(), x.issued(), v, x.accessUrlCheck(), x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder accessUrlCheck(Reachability v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(),
                    x.licence(), x.rights(), x.byteSize(), x.issued(), x.modified(), v, x.downloadUrlCheck());
            return this;
        }

        DistributionBuilder downloadUrlCheck(Reachability v) {
            x = new DistributionFacts(x.name(), x.accessUrl(), x.downloadUrl(), x.format(), x.mediaType(),
                    x.licence(), x.rights(), x.byteSize(), x.issued(), x.modified(), x.accessUrlCheck(), v);
            return this;
        }

        DistributionFacts build() {
            return x;
        }
    }
}
