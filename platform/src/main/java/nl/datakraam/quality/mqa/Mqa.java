// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.quality.MqaScore;
import nl.datakraam.quality.mqa.MqaFacts.DatasetFacts;
import nl.datakraam.quality.mqa.MqaFacts.DistributionFacts;
import org.jspecify.annotations.Nullable;

/**
 * The MQA calculator: points per indicator, per dimension, the total (0–405) and the rating band of one dataset.
 * Pure and thread-safe; no I/O.
 *
 * <p>Method: data.europa.eu, <em>Metadata Quality Assessment methodology</em> (data.europa.eu/mqa/methodology; the
 * data provider manual's "Metadata quality dashboard" page): five dimensions, the indicators and weights of
 * {@link MqaIndicator}, 405 points, rating bands Excellent 351–405, Good 221–350, Sufficient 121–220, Bad 0–120.
 * An indicator is met (all its points) or not (0 points).
 *
 * <p>Distributions, as piveau scores them ({@code piveau-metrics-score}, {@code src/main/kotlin/io/piveau/metrics/
 * Scoring.kt}, functions {@code scoreDistribution} and {@code scoreMetrics}): every distribution is scored on the
 * distribution indicators alone; the distribution with the highest sum counts (the first of equals), and its points
 * are added to the dataset indicators' points. So a dataset with one excellent distribution and one poor one scores
 * as the excellent one; the points are not a share of distributions. {@code dct:issued} and {@code dct:modified} are
 * taken from the counted distribution; the dataset's own dates count only when it has no distribution. A reachable
 * URL is one whose HTTP status is 2xx or 3xx (see {@link Reachability}).
 *
 * <p>How Datakraam's catalogue maps onto the DCAT properties is {@link MqaMapping}'s job; this class only scores
 * facts.
 */
public final class Mqa {

    private final MqaVocabularies vocabularies;

    public Mqa(MqaVocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** With the bundled value lists. */
    public Mqa() {
        this(MqaVocabularies.bundled());
    }

    /** Scores a dataset. Never throws for absent values: they score 0 with a reason. */
    public MqaScore score(MqaFacts facts) {
        List<DistributionFacts> distributions = facts.distributions();
        List<Map<MqaIndicator, Outcome>> perDistribution = new ArrayList<>();
        for (DistributionFacts distribution : distributions) {
            perDistribution.add(scoreDistribution(facts, distribution));
        }
        int best = -1;
        int bestSum = -1;
        for (int i = 0; i < perDistribution.size(); i++) {
            int sum = perDistribution.get(i).entrySet().stream()
                    .mapToInt(e -> e.getValue().met() ? e.getKey().points() : 0).sum();
            if (sum > bestSum) {
                best = i;
                bestSum = sum;
            }
        }
        Map<MqaIndicator, Outcome> datasetOutcomes = scoreDataset(facts);
        List<MqaScore.Indicator> indicators = new ArrayList<>();
        Map<MqaDimension, Integer> points = new EnumMap<>(MqaDimension.class);
        for (MqaIndicator indicator : MqaIndicator.values()) {
            Outcome outcome;
            Integer metBy = null;
            Integer of = null;
            if (indicator.onDistribution() && best >= 0) {
                outcome = perDistribution.get(best).get(indicator);
                metBy = (int) perDistribution.stream().filter(d -> d.get(indicator).met()).count();
                of = perDistribution.size();
            } else if (indicator.onDistribution() && datasetOutcomes.containsKey(indicator)) {
                outcome = datasetOutcomes.get(indicator);
            } else if (indicator.onDistribution()) {
                outcome = Outcome.no("no-distribution", "The dataset has no distribution.");
            } else {
                outcome = datasetOutcomes.get(indicator);
            }
            int earned = outcome.met() ? indicator.points() : 0;
            points.merge(indicator.dimension(), earned, Integer::sum);
            String explanation = outcome.explanation()
                    + (best >= 0 && indicator.onDistribution() ? " (counted distribution: "
                    + distributions.get(best).name() + "; met by " + metBy + " of " + of + ")" : "");
            indicators.add(new MqaScore.Indicator(indicator.id(), indicator.dimension().id(), indicator.property(),
                    earned, indicator.points(), outcome.met(), outcome.reason(), outcome.args(), explanation, metBy,
                    of));
        }
        List<MqaScore.Dimension> dimensions = new ArrayList<>();
        int total = 0;
        for (MqaDimension dimension : MqaDimension.values()) {
            int earned = points.getOrDefault(dimension, 0);
            total += earned;
            dimensions.add(new MqaScore.Dimension(dimension.id(), earned, dimension.max()));
        }
        return new MqaScore(total, MqaIndicator.MAX, MqaScore.rating(total),
                best >= 0 ? distributions.get(best).name() : null, dimensions, indicators);
    }

    private Map<MqaIndicator, Outcome> scoreDataset(MqaFacts facts) {
        DatasetFacts dataset = facts.dataset();
        Map<MqaIndicator, Outcome> outcomes = new EnumMap<>(MqaIndicator.class);
        outcomes.put(MqaIndicator.KEYWORDS, presence(facts, "dcat:keyword",
                dataset.keywords().isEmpty() ? null : String.join(", ", dataset.keywords())));
        outcomes.put(MqaIndicator.CATEGORIES, presence(facts, "dcat:theme",
                dataset.themes().isEmpty() ? null : String.join(", ", dataset.themes())));
        outcomes.put(MqaIndicator.SPATIAL, presence(facts, "dct:spatial", dataset.spatial()));
        outcomes.put(MqaIndicator.TEMPORAL, presence(facts, "dct:temporal", dataset.temporal()));
        outcomes.put(MqaIndicator.DCAT_AP_COMPLIANCE, dcatAp(facts.dcatAp()));
        outcomes.put(MqaIndicator.ACCESS_RIGHTS, presence(facts, "dct:accessRights", dataset.accessRights()));
        outcomes.put(MqaIndicator.ACCESS_RIGHTS_VOCABULARY, dataset.accessRights() == null
                ? presence(facts, "dct:accessRights", null)
                : vocabularies.knownAccessRight(dataset.accessRights())
                        ? Outcome.yes("in-vocabulary", "dct:accessRights " + dataset.accessRights()
                                + " is from the access-right vocabulary.", dataset.accessRights())
                        : Outcome.no("not-in-vocabulary", "dct:accessRights " + dataset.accessRights()
                                + " is not from the EU or DCAT-AP-DONL access-right vocabulary.",
                                dataset.accessRights()));
        outcomes.put(MqaIndicator.CONTACT_POINT, presence(facts, "dcat:contactPoint", dataset.contactPoint()));
        outcomes.put(MqaIndicator.PUBLISHER, presence(facts, "dct:publisher", dataset.publisher()));
        if (facts.distributions().isEmpty()) {
            outcomes.put(MqaIndicator.ISSUED, presence(facts, "dct:issued",
                    dataset.issued() == null ? null : dataset.issued().toString()));
            outcomes.put(MqaIndicator.MODIFIED, presence(facts, "dct:modified",
                    dataset.modified() == null ? null : dataset.modified().toString()));
        }
        return outcomes;
    }

    private Map<MqaIndicator, Outcome> scoreDistribution(MqaFacts facts, DistributionFacts distribution) {
        Map<MqaIndicator, Outcome> outcomes = new EnumMap<>(MqaIndicator.class);
        outcomes.put(MqaIndicator.ACCESS_URL_REACHABLE, reachability("dcat:accessURL", distribution.accessUrlCheck()));
        outcomes.put(MqaIndicator.DOWNLOAD_URL, distribution.downloadUrl() == null
                ? Outcome.no("absent", "The distribution has no dcat:downloadURL.", "dcat:downloadURL")
                : Outcome.yes("present", "dcat:downloadURL is " + distribution.downloadUrl() + ".",
                        distribution.downloadUrl()));
        outcomes.put(MqaIndicator.DOWNLOAD_URL_REACHABLE, distribution.downloadUrl() == null
                ? Outcome.no("absent", "The distribution has no dcat:downloadURL.", "dcat:downloadURL")
                : reachability("dcat:downloadURL", distribution.downloadUrlCheck()));
        outcomes.put(MqaIndicator.FORMAT, distribution.format() == null
                ? Outcome.no("absent", "The distribution has no dct:format.", "dct:format")
                : Outcome.yes("present", "dct:format is " + distribution.format() + ".", distribution.format()));
        outcomes.put(MqaIndicator.MEDIA_TYPE, distribution.mediaType() == null
                ? Outcome.no("absent", "The distribution has no dcat:mediaType.", "dcat:mediaType")
                : Outcome.yes("present", "dcat:mediaType is " + distribution.mediaType() + ".",
                        distribution.mediaType()));
        MqaVocabularies.@Nullable Format format = knownFormat(distribution);
        outcomes.put(MqaIndicator.FORMAT_VOCABULARY, vocabularyAlignment(distribution));
        String label = distribution.format() != null ? distribution.format()
                : distribution.mediaType() != null ? distribution.mediaType() : distribution.name();
        outcomes.put(MqaIndicator.NON_PROPRIETARY, format != null && format.nonProprietary()
                ? Outcome.yes("non-proprietary", label + " is on the list of non-proprietary formats.", label)
                : Outcome.no("proprietary", label + " is not on the list of non-proprietary formats Datakraam holds.",
                        label));
        outcomes.put(MqaIndicator.MACHINE_READABLE, format != null && format.machineReadable()
                ? Outcome.yes("machine-readable", label + " is on the list of machine-readable formats.", label)
                : Outcome.no("not-machine-readable",
                        label + " is not on the list of machine-readable formats Datakraam holds.", label));
        outcomes.put(MqaIndicator.LICENCE, presence(facts, "dct:license", distribution.licence()));
        outcomes.put(MqaIndicator.LICENCE_VOCABULARY, distribution.licence() == null
                ? presence(facts, "dct:license", null)
                : vocabularies.knownLicence(distribution.licence())
                        ? Outcome.yes("in-vocabulary", "The licence " + distribution.licence()
                                + " is from the licence vocabulary.", distribution.licence())
                        : Outcome.no("not-in-vocabulary", "The licence " + distribution.licence()
                                + " is not from the licence vocabulary; give its URI, e.g. "
                                + "http://creativecommons.org/publicdomain/zero/1.0/.", distribution.licence()));
        outcomes.put(MqaIndicator.RIGHTS, presence(facts, "dct:rights", distribution.rights()));
        outcomes.put(MqaIndicator.BYTE_SIZE, distribution.byteSize() == null
                ? Outcome.no("absent", "The distribution has no dcat:byteSize.", "dcat:byteSize")
                : Outcome.yes("present", "dcat:byteSize is " + distribution.byteSize() + " bytes.",
                        String.valueOf(distribution.byteSize())));
        outcomes.put(MqaIndicator.ISSUED, distribution.issued() == null
                ? Outcome.no("absent", "The distribution has no dct:issued.", "dct:issued")
                : Outcome.yes("present", "dct:issued is " + distribution.issued() + ".",
                        distribution.issued().toString()));
        outcomes.put(MqaIndicator.MODIFIED, distribution.modified() == null
                ? Outcome.no("absent", "The distribution has no dct:modified.", "dct:modified")
                : Outcome.yes("present", "dct:modified is " + distribution.modified() + ".",
                        distribution.modified().toString()));
        return outcomes;
    }

    private MqaVocabularies.@Nullable Format knownFormat(DistributionFacts distribution) {
        if (distribution.format() != null) {
            var byFileType = vocabularies.formatByFileType(distribution.format());
            if (byFileType.isPresent()) {
                return byFileType.get();
            }
        }
        return distribution.mediaType() == null ? null
                : vocabularies.formatByMediaType(distribution.mediaType()).orElse(null);
    }

    /**
     * Met when at least one of format and media type is given and each given one is from its vocabulary: the format
     * an EU file-type URI, the media type registered with IANA.
     */
    private Outcome vocabularyAlignment(DistributionFacts distribution) {
        if (distribution.format() == null && distribution.mediaType() == null) {
            return Outcome.no("absent", "The distribution has neither dct:format nor dcat:mediaType.",
                    "dct:format, dcat:mediaType");
        }
        boolean formatKnown = distribution.format() == null
                || vocabularies.formatByFileType(distribution.format()).isPresent();
        boolean mediaTypeKnown = distribution.mediaType() == null || vocabularies.formatByMediaType(
                distribution.mediaType()).map(MqaVocabularies.Format::ianaRegistered).orElse(false);
        String value = (distribution.format() == null ? "" : distribution.format())
                + (distribution.format() != null && distribution.mediaType() != null ? ", " : "")
                + (distribution.mediaType() == null ? "" : distribution.mediaType());
        if (formatKnown && mediaTypeKnown) {
            return Outcome.yes("in-vocabulary", "Format and media type (" + value
                    + ") are from the EU file-type and IANA vocabularies.", value);
        }
        return Outcome.no("not-in-vocabulary", "Format or media type (" + value
                + ") is not confirmed in the EU file-type or IANA vocabularies Datakraam holds.", value);
    }

    private static Outcome reachability(String property, Reachability check) {
        String url = check.url() == null ? "" : check.url();
        return switch (check.status()) {
            case REACHABLE -> Outcome.yes("reachable", property + " " + url + " answered HTTP " + check.code() + ".",
                    url, String.valueOf(check.code()));
            case UNREACHABLE -> Outcome.no("unreachable", property + " " + url + " did not answer with 2xx or 3xx: "
                    + (check.code() != null ? "HTTP " + check.code() : check.detail()) + ".", url,
                    check.code() != null ? "HTTP " + check.code() : String.valueOf(check.detail()));
            case NOT_CHECKED -> Outcome.no("not-checked", property + " " + url + " was not checked: "
                    + check.detail(), url, String.valueOf(check.detail()));
        };
    }

    private static Outcome dcatAp(DcatApCheck check) {
        if (!check.validated()) {
            return Outcome.no("not-validated", "The DCAT-AP validation did not run: "
                    + String.join("; ", check.violations()), String.join("; ", check.violations()));
        }
        if (check.conforms()) {
            return Outcome.yes("conforms", "The dataset's DCAT description conforms to the DCAT-AP 3.0.1 SHACL shapes.");
        }
        return Outcome.no("violations", "The dataset's DCAT description violates the DCAT-AP 3.0.1 SHACL shapes "
                + check.violations().size() + " time(s): " + String.join("; ", check.violations()),
                String.valueOf(check.violations().size()), String.join("; ", check.violations()));
    }

    private static Outcome presence(MqaFacts facts, String property, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            return Outcome.yes("present", property + " is given: " + value + ".", value);
        }
        if (facts.notHeld().contains(property)) {
            return Outcome.no("not-held", "Datakraam does not record " + property
                    + " yet; it comes with the DCAT-AP-NL metadata model.", property);
        }
        return Outcome.no("absent", property + " is not filled in; add it under 'Gegevens bewerken' on the dataset "
                + "page or with PATCH /v1/datasets/{id}.", property);
    }

    /** Whether one indicator is met, and why. */
    private record Outcome(boolean met, String reason, String explanation, List<String> args) {

        static Outcome yes(String reason, String explanation, String... args) {
            return new Outcome(true, reason, explanation, List.of(args));
        }

        static Outcome no(String reason, String explanation, String... args) {
            return new Outcome(false, reason, explanation, List.of(args));
        }
    }
}
