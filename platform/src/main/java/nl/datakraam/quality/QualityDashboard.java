// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Concept;
import nl.datakraam.catalog.DatasetOverview;
import nl.datakraam.catalog.Organisation;
import nl.datakraam.catalog.Vocabularies;
import nl.datakraam.lib.profiling.CheckResult;
import nl.datakraam.quality.Dashboard.Sort;
import nl.datakraam.quality.infra.DataQualityAssessments;
import nl.datakraam.quality.infra.MqaAssessments;
import nl.datakraam.quality.infra.QualityReports;
import nl.datakraam.quality.model.DataQualityFormula;
import nl.datakraam.quality.model.DueDates;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The catalogue-wide quality dashboard ({@code /kwaliteit}, {@code GET /v1/quality/dashboard}): metadata quality
 * (MQA), data quality, actualiteit and failing checks of every dataset the caller may see, optionally of one
 * organisation (publisher) and of one theme ({@code dcat:theme}). Every figure counts only datasets the caller may see: anonymous callers see
 * {@code openbaar} datasets, administrators all. Thread-safe; time comes from the platform {@link Clock}.
 *
 * <p>Cost: one catalogue query, then three queries per 500 datasets (latest MQA assessments, stored data quality
 * assessments of the current versions, check results of the versions with a failed check), whatever the number of
 * datasets; no profile is read. How each figure is computed: {@code docs/quality-dashboard.md}.
 */
@Service
public class QualityDashboard {

    /** Ids per {@code in (...)} list, so that each query stays well under the databases' parameter limits. */
    static final int CHUNK = 500;
    /** How many failing checks the dashboard lists. */
    static final int TOP_CHECKS = 10;
    /** Where the overdue datasets are listed. */
    static final String OVERDUE_LIST = "/achterstallig";

    private static final List<String> RATINGS = List.of(MqaScore.EXCELLENT, MqaScore.GOOD, MqaScore.SUFFICIENT,
            MqaScore.BAD);

    private final Catalog catalog;
    private final MqaAssessments mqaAssessments;
    private final DataQualityAssessments dataQualityAssessments;
    private final QualityReports reports;
    private final Clock clock;

    QualityDashboard(Catalog catalog, MqaAssessments mqaAssessments, DataQualityAssessments dataQualityAssessments,
            QualityReports reports, Clock clock) {
        this.catalog = catalog;
        this.mqaAssessments = mqaAssessments;
        this.dataQualityAssessments = dataQualityAssessments;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * The dashboard as the caller may see it, judged now, with every row (as the CSV file has them).
     *
     * @see #dashboard(Caller, String, String, Sort, boolean, int, Integer)
     */
    public Dashboard dashboard(Caller caller, @Nullable String organisation, @Nullable String theme, Sort sort,
            boolean descending) {
        return dashboard(caller, organisation, theme, sort, descending, 0, null);
    }

    /**
     * The dashboard as the caller may see it, judged now, with one page of its rows. The figures always cover every
     * row; only {@link Dashboard#rows()} is paged, after sorting.
     *
     * @param organisation only datasets of the organisation with this id ({@link Organisation#id()}, e.g. the TOOI
     *                     code {@code pv20}; after trimming, case matters); null or blank for all. An organisation the
     *                     caller sees no dataset of gives an empty dashboard.
     * @param theme        only datasets that carry this theme ({@code dcat:theme}) of the EU Data Theme list or the
     *                     TaxonomieBeleidsagenda, named by IRI or code as {@link Vocabularies#find} reads them; null or
     *                     blank for all. Combined with {@code organisation}: datasets that match both.
     * @param sort         the order of {@link Dashboard#rows()}; rows without the sorted value come last
     * @param descending   whether to sort from high to low (or Z to A)
     * @param offset       sorted rows to skip, 0 or more; beyond the last row the page is empty
     * @param limit        the most rows to return, 1 or more; null for all
     * @throws IllegalArgumentException for a negative offset or a limit below 1
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} ({@link RequestCode#THEME}, parameter
     *     {@code theme}) for a theme that is in neither list
     */
    public Dashboard dashboard(Caller caller, @Nullable String organisation, @Nullable String theme, Sort sort,
            boolean descending, int offset, @Nullable Integer limit) {
        if (offset < 0 || (limit != null && limit < 1)) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more");
        }
        Concept chosenTheme = theme == null || theme.isBlank() ? null : Vocabularies.find(Vocabularies.themes(), theme)
                .orElseThrow(() -> new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.THEME,
                        Map.of("parameter", "theme")));
        Instant now = clock.instant();
        List<DatasetOverview> visible = catalog.overview(caller);
        String chosen = organisation == null || organisation.isBlank() ? null : organisation.strip();
        List<DatasetOverview> datasets = visible.stream()
                .filter(d -> chosen == null || d.organisation() != null && chosen.equals(d.organisation().id()))
                .filter(d -> chosenTheme == null || carries(d, chosenTheme))
                .toList();

        Map<UUID, MqaAssessment> mqa = new HashMap<>();
        Map<UUID, DataQuality> stored = new HashMap<>();
        Map<UUID, List<CheckResult>> failing = new HashMap<>();
        for (int from = 0; from < datasets.size(); from += CHUNK) {
            List<DatasetOverview> chunk = datasets.subList(from, Math.min(datasets.size(), from + CHUNK));
            mqa.putAll(mqaAssessments.latestOf(chunk.stream().map(d -> d.datasetId().value()).toList()));
            List<UUID> versions = chunk.stream().map(DatasetOverview::currentVersionId).filter(Objects::nonNull)
                    .toList();
            stored.putAll(dataQualityAssessments.latestOfVersions(versions));
            failing.putAll(reports.checksOfFailing(versions));
        }

        List<Dashboard.Row> rows = new ArrayList<>();
        List<DataQuality> scores = new ArrayList<>();
        int overdue = 0;
        for (DatasetOverview dataset : datasets) {
            Actualiteit actualiteit = DueDates.judge(dataset.updateFrequency(), dataset.lastDataAt(), now);
            DataQuality kept = dataset.currentVersionId() == null ? null : stored.get(dataset.currentVersionId());
            DataQuality score = kept == null ? null : DataQualityFormula.rejudge(kept, actualiteit, now);
            MqaAssessment assessment = mqa.get(dataset.datasetId().value());
            if (score != null) {
                scores.add(score);
            }
            if (actualiteit.overdue()) {
                overdue++;
            }
            rows.add(new Dashboard.Row(dataset.datasetId().value(), dataset.title(), dataset.publisher(),
                    dataset.accessLevel().code(), dataset.currentVersionId() != null,
                    assessment == null ? null : assessment.total(), assessment == null ? null : assessment.rating(),
                    score == null ? null : score.total(), score == null ? null : score.dimensions(),
                    actualiteit.overdue(), "/datasets/" + dataset.datasetId()));
        }
        rows.sort(order(sort, descending));
        int from = Math.min(offset, rows.size());
        int to = limit == null ? rows.size() : (int) Math.min(rows.size(), (long) from + limit);

        return new Dashboard(now, chosen, organisations(visible), chosenTheme == null ? null : chosenTheme.iri(),
                themes(visible), datasets.size(),
                (int) datasets.stream().filter(d -> d.accessLevel() == AccessLevel.OPENBAAR).count(),
                mqaFigures(mqa.values()), dataQualityFigures(scores), new Dashboard.Overdue(overdue, OVERDUE_LIST),
                failingChecks(failing), sort.key(), descending ? "desc" : "asc", offset, limit,
                rows.subList(from, to));
    }

    private static List<Organisation.Ref> organisations(List<DatasetOverview> visible) {
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        Map<String, Organisation.Ref> byId = new LinkedHashMap<>();
        visible.stream().map(DatasetOverview::organisation).filter(Objects::nonNull)
                .forEach(o -> byId.putIfAbsent(o.id(), o));
        return byId.values().stream().sorted(Comparator.comparing(Organisation.Ref::name, dutch::compare)
                .thenComparing(Organisation.Ref::id)).toList();
    }

    /** Whether the dataset carries the theme, in either list (IRIs compared as {@link Vocabularies#normalised}). */
    private static boolean carries(DatasetOverview dataset, Concept theme) {
        String wanted = Vocabularies.normalised(theme.iri());
        return java.util.stream.Stream.concat(dataset.euThemes().stream(), dataset.donlThemes().stream())
                .anyMatch(iri -> Vocabularies.normalised(iri).equals(wanted));
    }

    /** The themes of the lists that the datasets carry, EU list first, each list by Dutch label. */
    private static List<Concept> themes(List<DatasetOverview> visible) {
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        Set<String> carried = new HashSet<>();
        visible.forEach(d -> java.util.stream.Stream.concat(d.euThemes().stream(), d.donlThemes().stream())
                .forEach(iri -> carried.add(Vocabularies.normalised(iri))));
        return Vocabularies.themes().stream().filter(c -> carried.contains(Vocabularies.normalised(c.iri())))
                .sorted(Comparator.<Concept>comparingInt(c -> c.scheme().equals(Vocabularies.EU_THEME_SCHEME) ? 0 : 1)
                        .thenComparing(Concept::labelNl, dutch::compare))
                .toList();
    }

    private static Dashboard.Mqa mqaFigures(java.util.Collection<MqaAssessment> latest) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        RATINGS.forEach(rating -> ratings.put(rating, 0));
        latest.forEach(a -> ratings.merge(a.rating(), 1, Integer::sum));
        Double average = mean(latest.stream().map(a -> BigDecimal.valueOf(a.total())).toList());
        return new Dashboard.Mqa(latest.size(), average, 405,
                average == null ? null : MqaScore.rating((int) Math.round(average)), ratings);
    }

    private static Dashboard.DataQualityFigures dataQualityFigures(List<DataQuality> scores) {
        List<Dashboard.Dimension> dimensions = new ArrayList<>();
        Map<String, Function<DataQuality.Dimensions, @Nullable Double>> each = new LinkedHashMap<>();
        each.put("completeness", DataQuality.Dimensions::completeness);
        each.put("validity", DataQuality.Dimensions::validity);
        each.put("uniqueness", DataQuality.Dimensions::uniqueness);
        each.put("timeliness", DataQuality.Dimensions::timeliness);
        each.forEach((id, dimension) -> {
            List<BigDecimal> values = scores.stream().map(s -> dimension.apply(s.dimensions()))
                    .filter(Objects::nonNull).map(BigDecimal::valueOf).toList();
            dimensions.add(new Dashboard.Dimension(id, mean(values), values.size()));
        });
        return new Dashboard.DataQualityFigures(scores.size(),
                mean(scores.stream().map(s -> BigDecimal.valueOf(s.total())).toList()), dimensions);
    }

    private static List<Dashboard.FailingCheck> failingChecks(Map<UUID, List<CheckResult>> byVersion) {
        Map<String, Set<UUID>> datasets = new HashMap<>();
        Map<String, Long> values = new HashMap<>();
        byVersion.forEach((version, checks) -> checks.stream()
                .filter(check -> CheckResult.FAILED.equals(check.outcome()))
                .forEach(check -> {
                    datasets.computeIfAbsent(check.check(), k -> new HashSet<>()).add(version);
                    values.merge(check.check(), check.count(), Long::sum);
                }));
        return datasets.entrySet().stream()
                .map(e -> new Dashboard.FailingCheck(e.getKey(), e.getValue().size(), values.get(e.getKey())))
                .sorted(Comparator.comparingInt(Dashboard.FailingCheck::datasets).reversed()
                        .thenComparing(Comparator.comparingLong(Dashboard.FailingCheck::failingValues).reversed())
                        .thenComparing(Dashboard.FailingCheck::check))
                .limit(TOP_CHECKS)
                .toList();
    }

    /** The exact mean of values with one decimal, rounded half up to one decimal; null for none. */
    private static @Nullable Double mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Comparator<Dashboard.Row> order(Sort sort, boolean descending) {
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        Comparator<Dashboard.Row> byTitle = Comparator.comparing(Dashboard.Row::title, dutch::compare);
        Comparator<Dashboard.Row> primary = switch (sort) {
            case TITLE -> byTitle;
            case ORGANISATION -> nullsLast(Dashboard.Row::organisation, dutch::compare, descending);
            case ACCESS -> Comparator.comparing(Dashboard.Row::accessLevel);
            case MQA -> nullsLast(Dashboard.Row::mqaScore, Comparator.naturalOrder(), descending);
            case DATA_QUALITY -> nullsLast(Dashboard.Row::dataQuality, Comparator.naturalOrder(), descending);
            case OVERDUE -> Comparator.comparing(Dashboard.Row::overdue);
        };
        if (descending && sort != Sort.ORGANISATION && sort != Sort.MQA && sort != Sort.DATA_QUALITY) {
            primary = primary.reversed();
        }
        return primary.thenComparing(byTitle).thenComparing(row -> row.id().toString());
    }

    /** Orders by a value that may be absent: absent last, whichever the direction. */
    private static <T> Comparator<Dashboard.Row> nullsLast(Function<Dashboard.Row, @Nullable T> value,
            Comparator<? super T> natural, boolean descending) {
        Comparator<? super T> direction = descending ? natural.reversed() : natural;
        return Comparator.comparing(value, Comparator.nullsLast(direction));
    }
}
