// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.Concept;
import nl.datakraam.catalog.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue-wide quality dashboard as one caller may see it, judged at one moment: {@code GET
 * /v1/quality/dashboard} and the page {@code /kwaliteit}. Every figure counts only the datasets in {@link #rows()}:
 * those the caller may see, of the chosen organisation and theme. Scores are rounded half up to one decimal; how each figure is
 * computed is in {@code docs/quality-dashboard.md}.
 *
 * @param judgedAt      the moment of judging (UTC): timeliness and overdue depend on it
 * @param organisation  the id of the organisation (publisher) filtered on; null for all
 * @param organisations every organisation (publisher: id, IRI, name) of a dataset the caller may see, for the
 *                      filter, by name in Dutch
 *                      alphabetical order; datasets without a publisher have none
 * @param theme         the IRI of the theme filtered on (as its list writes it); null for all
 * @param themes        every theme of the EU Data Theme list and the TaxonomieBeleidsagenda that a dataset the caller
 *                      may see carries, for the filter: EU list first, each by Dutch label
 * @param datasets      the number of datasets: the rows
 * @param openbaar      of which {@code openbaar}
 * @param mqa           metadata quality
 * @param dataQuality   data quality
 * @param overdue       actualiteit
 * @param failingChecks the rule checks that fail most often, at most 10: by number of datasets, then of failing
 *                      values, then by key
 * @param sort          the key rows are sorted by ({@link Sort#key()})
 * @param order         {@code asc} or {@code desc}
 * @param offset        how many sorted rows come before {@code rows} (0 for the first page)
 * @param limit         the most rows a page holds; null when {@code rows} holds every row (the CSV file)
 * @param rows          one per dataset: the page of the sorted rows from {@code offset}, at most {@code limit};
 *                      {@code datasets} is the number of all rows, so a client pages until
 *                      {@code offset + rows.size() == datasets}
 */
public record Dashboard(Instant judgedAt, @Nullable String organisation, List<Organisation.Ref> organisations,
        @Nullable String theme, List<Concept> themes, int datasets,
        int openbaar, Mqa mqa, DataQualityFigures dataQuality, Overdue overdue, List<FailingCheck> failingChecks,
        String sort, String order, int offset, @Nullable Integer limit, List<Row> rows) {

    public Dashboard {
        organisations = List.copyOf(organisations);
        themes = List.copyOf(themes);
        failingChecks = List.copyOf(failingChecks);
        rows = List.copyOf(rows);
    }

    /**
     * Metadata quality per the data.europa.eu MQA method, from each dataset's latest assessment.
     *
     * @param assessed     datasets with an assessment
     * @param averageScore their mean total, 0–405; null when none is assessed
     * @param max          405
     * @param rating       the rating band of the rounded mean; null when none is assessed
     * @param ratings      assessed datasets per band, in the order {@code excellent}, {@code good},
     *                     {@code sufficient}, {@code bad}
     */
    public record Mqa(int assessed, @Nullable Double averageScore, int max, @Nullable String rating,
            Map<String, Integer> ratings) {
    }

    /**
     * Data quality (0–100) of the current versions: completeness, validity and uniqueness as stored when the version
     * was checked, timeliness judged at {@link Dashboard#judgedAt()}.
     *
     * @param assessed     datasets whose current version has a data quality assessment
     * @param averageScore the mean of their totals; null when none is assessed
     * @param dimensions   {@code completeness}, {@code validity}, {@code uniqueness}, {@code timeliness}, in that
     *                     order
     */
    public record DataQualityFigures(int assessed, @Nullable Double averageScore, List<Dimension> dimensions) {

        public DataQualityFigures {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * @param id       the dimension
     * @param average  the mean over the datasets where it could be assessed, 0–100; null when it could nowhere
     * @param assessed over how many datasets
     */
    public record Dimension(String id, @Nullable Double average, int assessed) {
    }

    /**
     * @param count datasets whose new data is overdue
     * @param list  the page that lists them ({@code /achterstallig}, all organisations)
     */
    public record Overdue(int count, String list) {
    }

    /**
     * A rule check that failed on the current version of at least one dataset.
     *
     * @param check         the check's key, e.g. {@code postcode} (see {@code CheckResult})
     * @param datasets      datasets where it failed
     * @param failingValues values (or rows, for {@code coordinates}) that failed, summed over those datasets
     */
    public record FailingCheck(String check, int datasets, long failingValues) {
    }

    /**
     * One dataset.
     *
     * @param organisation the publisher; null when not recorded
     * @param accessLevel  {@code openbaar} or {@code intern}
     * @param hasData      false while its first ingest runs or after it failed (administrators only)
     * @param mqaScore     its latest MQA total, 0–405; null before the first assessment
     * @param mqaRating    {@code excellent}, {@code good}, {@code sufficient} or {@code bad}; null likewise
     * @param dataQuality  the data quality total of its current version, 0–100; null when not assessed
     * @param dimensions   the four dimensions of it; null when not assessed
     * @param overdue      whether new data is overdue
     * @param page         the dataset page, relative to this server
     */
    public record Row(UUID id, String title, @Nullable String organisation, String accessLevel, boolean hasData,
            @Nullable Integer mqaScore, @Nullable String mqaRating, @Nullable Double dataQuality,
            DataQuality.@Nullable Dimensions dimensions, boolean overdue, String page) {
    }

    /** What the rows can be sorted by. */
    public enum Sort {
        TITLE("title"), ORGANISATION("organisation"), ACCESS("access"), MQA("mqa"), DATA_QUALITY("dataQuality"),
        OVERDUE("overdue");

        private final String key;

        Sort(String key) {
            this.key = key;
        }

        /** The key of this order in {@code ?sort=}. */
        public String key() {
            return key;
        }

        /** The order named by {@code key} (exactly, e.g. {@code dataQuality}); empty for an unknown key. */
        public static Optional<Sort> of(String key) {
            return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
        }
    }
}
