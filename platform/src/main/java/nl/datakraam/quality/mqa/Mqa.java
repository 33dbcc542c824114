// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.quality.MqaScore;
import nl.datakraam.quality.ShaclFinding;
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
                outcome = Outcome.no(MqaCode.NO_DISTRIBUTION);
            } else {
                outcome = datasetOutcomes.get(indicator);
            }
            int earned = outcome.met() ? indicator.points() : 0;
            points.merge(indicator.dimension(), earned, Integer::sum);
            String explanation = outcome.explanation()
                    + (best >= 0 && indicator.onDistribution() ? " (counted distribution: "
                    + distributions.get(best).name() + "; met by " + metBy + " of " + of + ")" : "");
            indicators.add(new MqaScore.Indicator(indicator.id(), indicator.dimension().id(), indicator.property(),
                    earned, indicator.points(), outcome.met(), outcome.code().reason(), outcome.arguments(),
                    explanation, outcome.findings(), metBy, of, null));
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
                        ? Outcome.yes(MqaCode.IN_VOCABULARY, "property", "dct:accessRights", "value",
                                dataset.accessRights(), "vocabulary", "access-rights")
                        : Outcome.no(MqaCode.NOT_IN_VOCABULARY, "property", "dct:accessRights", "value",
                                dataset.accessRights(), "vocabulary", "access-rights"));
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
                ? absentFromDistribution("dcat:downloadURL")
                : Outcome.yes(MqaCode.PRESENT, "property", "dcat:downloadURL", "value", distribution.downloadUrl()));
        outcomes.put(MqaIndicator.DOWNLOAD_URL_REACHABLE, distribution.downloadUrl() == null
                ? absentFromDistribution("dcat:downloadURL")
                : reachability("dcat:downloadURL", distribution.downloadUrlCheck()));
        outcomes.put(MqaIndicator.FORMAT, distribution.format() == null
                ? absentFromDistribution("dct:format")
                : Outcome.yes(MqaCode.PRESENT, "property", "dct:format", "value", distribution.format()));
        outcomes.put(MqaIndicator.MEDIA_TYPE, distribution.mediaType() == null
                ? absentFromDistribution("dcat:mediaType")
                : Outcome.yes(MqaCode.PRESENT, "property", "dcat:mediaType", "value", distribution.mediaType()));
        MqaVocabularies.@Nullable Format format = knownFormat(distribution);
        outcomes.put(MqaIndicator.FORMAT_VOCABULARY, vocabularyAlignment(distribution));
        String label = distribution.format() != null ? distribution.format()
                : distribution.mediaType() != null ? distribution.mediaType() : distribution.name();
        outcomes.put(MqaIndicator.NON_PROPRIETARY, format != null && format.nonProprietary()
                ? Outcome.yes(MqaCode.NON_PROPRIETARY, "value", label)
                : Outcome.no(MqaCode.PROPRIETARY, "value", label));
        outcomes.put(MqaIndicator.MACHINE_READABLE, format != null && format.machineReadable()
                ? Outcome.yes(MqaCode.MACHINE_READABLE, "value", label)
                : Outcome.no(MqaCode.NOT_MACHINE_READABLE, "value", label));
        outcomes.put(MqaIndicator.LICENCE, presence(facts, "dct:license", distribution.licence()));
        outcomes.put(MqaIndicator.LICENCE_VOCABULARY, distribution.licence() == null
                ? presence(facts, "dct:license", null)
                : vocabularies.knownLicence(distribution.licence())
                        ? Outcome.yes(MqaCode.IN_VOCABULARY, "property", "dct:license", "value",
                                distribution.licence(), "vocabulary", "licence")
                        : Outcome.no(MqaCode.NOT_IN_VOCABULARY, "property", "dct:license", "value",
                                distribution.licence(), "vocabulary", "licence"));
        outcomes.put(MqaIndicator.RIGHTS, presence(facts, "dct:rights", distribution.rights()));
        outcomes.put(MqaIndicator.BYTE_SIZE, distribution.byteSize() == null
                ? absentFromDistribution("dcat:byteSize")
                : Outcome.yes(MqaCode.PRESENT, "property", "dcat:byteSize", "value", distribution.byteSize()));
        outcomes.put(MqaIndicator.ISSUED, distribution.issued() == null
                ? absentFromDistribution("dct:issued")
                : Outcome.yes(MqaCode.PRESENT, "property", "dct:issued", "value", distribution.issued().toString()));
        outcomes.put(MqaIndicator.MODIFIED, distribution.modified() == null
                ? absentFromDistribution("dct:modified")
                : Outcome.yes(MqaCode.PRESENT, "property", "dct:modified", "value",
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
            return absentFromDistribution("dct:format, dcat:mediaType");
        }
        boolean formatKnown = distribution.format() == null
                || vocabularies.formatByFileType(distribution.format()).isPresent();
        boolean mediaTypeKnown = distribution.mediaType() == null || vocabularies.formatByMediaType(
                distribution.mediaType()).map(MqaVocabularies.Format::ianaRegistered).orElse(false);
        String value = (distribution.format() == null ? "" : distribution.format())
                + (distribution.format() != null && distribution.mediaType() != null ? ", " : "")
                + (distribution.mediaType() == null ? "" : distribution.mediaType());
        return formatKnown && mediaTypeKnown
                ? Outcome.yes(MqaCode.IN_VOCABULARY, "property", "dct:format, dcat:mediaType", "value", value,
                        "vocabulary", "file-type")
                : Outcome.no(MqaCode.NOT_IN_VOCABULARY, "property", "dct:format, dcat:mediaType", "value", value,
                        "vocabulary", "file-type");
    }

    private static Outcome reachability(String property, Reachability check) {
        String url = check.url() == null ? "" : check.url();
        return switch (check.status()) {
            case REACHABLE -> Outcome.yes(MqaCode.REACHABLE, "property", property, "url", url, "status",
                    check.code());
            case UNREACHABLE -> Outcome.no(MqaCode.UNREACHABLE, "property", property, "url", url, "problem",
                    check.code() != null ? "HTTP " + check.code() : String.valueOf(check.detail()));
            case NOT_CHECKED -> Outcome.no(MqaCode.NOT_CHECKED, "property", property, "url", url, "problem",
                    String.valueOf(check.detail()));
        };
    }

    private static Outcome dcatAp(DcatApCheck check) {
        if (!check.validated()) {
            return Outcome.no(MqaCode.NOT_VALIDATED, "problem", String.valueOf(check.problem()));
        }
        if (check.conforms()) {
            return Outcome.yes(MqaCode.CONFORMS);
        }
        Outcome violations = Outcome.no(MqaCode.VIOLATIONS, "count", check.findings().size());
        return new Outcome(false, violations.code(), violations.arguments(), check.findings());
    }

    private static Outcome presence(MqaFacts facts, String property, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            return Outcome.yes(MqaCode.PRESENT, "property", property, "value", value);
        }
        if (facts.notHeld().contains(property)) {
            return Outcome.no(MqaCode.NOT_HELD, "property", property);
        }
        return Outcome.no(MqaCode.ABSENT, "property", property, "level", "dataset");
    }

    private static Outcome absentFromDistribution(String property) {
        return Outcome.no(MqaCode.ABSENT, "property", property, "level", "distribution");
    }

    /** Whether one indicator is met, and why: a code with its arguments, and the SHACL findings for DCAT-AP. */
    private record Outcome(boolean met, MqaCode code, Map<String, Object> arguments, List<ShaclFinding> findings) {

        static Outcome yes(MqaCode code, Object... arguments) {
            return new Outcome(true, code, named(arguments), List.of());
        }

        static Outcome no(MqaCode code, Object... arguments) {
            return new Outcome(false, code, named(arguments), List.of());
        }

        /** Arguments given as name, value, name, value…; null values are left out. */
        private static Map<String, Object> named(Object... pairs) {
            Map<String, Object> named = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i + 1] != null) {
                    named.put((String) pairs[i], pairs[i + 1]);
                }
            }
            return named;
        }

        String explanation() {
            return code.english(arguments);
        }
    }
}
