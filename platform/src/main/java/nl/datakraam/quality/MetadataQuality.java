// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.quality.infra.MqaAssessments;
import nl.datakraam.quality.infra.MqaScheduling;
import nl.datakraam.quality.mqa.MqaDimension;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.springframework.stereotype.Service;

/**
 * The metadata quality facade: the MQA assessments of datasets (data.europa.eu's Metadata Quality Assessment; see
 * {@code quality.mqa.Mqa} for the method and docs/mqa.md for Datakraam's mapping). Every read takes the caller and
 * answers only about datasets the caller may see; a dataset the caller may not see is
 * {@link ErrorCode#DATASET_NOT_FOUND}, as everywhere. Reads compute nothing: assessments run in the background
 * after each version, after metadata edits and on a schedule. Thread-safe.
 */
@Service
public class MetadataQuality {

    /** The published catalogue is what anonymous callers see. */
    private static final Caller PUBLIC = Caller.anonymous();
    private static final int PAGE = 500;
    private static final Map<String, Integer> DIMENSIONS = dimensions();

    private final Catalog catalog;
    private final MqaAssessments assessments;
    private final MqaScheduling scheduling;
    private final Authorization authorization;

    MetadataQuality(Catalog catalog, MqaAssessments assessments, MqaScheduling scheduling,
            Authorization authorization) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.scheduling = scheduling;
        this.authorization = authorization;
    }

    /**
     * The latest assessment of a dataset, with its indicators; empty before the first one. One or two queries.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not visible to the caller
     */
    public Optional<MqaAssessment> latest(DatasetId id, Caller caller) {
        catalog.get(id, caller);
        return assessments.latest(id.value());
    }

    /**
     * A page of the dataset's assessments, newest first.
     *
     * @param limit  1–100
     * @param offset 0 or more
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not visible to the caller;
     *     {@link ErrorCode#INVALID_PARAMETER} for a limit or offset out of range
     */
    public MqaHistory history(DatasetId id, Caller caller, int limit, int offset) {
        RequestCode.checkPage(limit, offset, 100);
        catalog.get(id, caller);
        return new MqaHistory(assessments.history(id.value(), limit, offset), assessments.count(id.value()));
    }

    /**
     * Queues a new assessment of the dataset (it runs in the background within seconds; read it with
     * {@link #latest}).
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not visible;
     *     {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for callers who may not edit datasets
     */
    public void requestAssessment(DatasetId id, Caller caller) {
        catalog.editable(id, caller);
        scheduling.schedule(id);
    }

    /**
     * The published catalogue's metadata quality: the latest assessments of all {@code openbaar} datasets with
     * data, whoever asks (the same figures data.europa.eu would show). Reads the catalogue page by page; a few
     * queries per 500 datasets.
     */
    public MqaCatalogSummary catalogue() {
        List<MqaAssessment> latest = new ArrayList<>();
        int datasets = 0;
        for (int offset = 0; ; offset += PAGE) {
            DatasetPage page = catalog.list(PUBLIC, PAGE, offset);
            List<UUID> ids = page.items().stream().filter(d -> d.currentVersion() != null).map(Dataset::id)
                    .map(DatasetId::value).toList();
            datasets += ids.size();
            latest.addAll(assessments.latestOf(ids).values());
            if (page.items().size() < PAGE) {
                break;
            }
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (String rating : List.of(MqaScore.EXCELLENT, MqaScore.GOOD, MqaScore.SUFFICIENT, MqaScore.BAD)) {
            ratings.put(rating, (int) latest.stream().filter(a -> a.rating().equals(rating)).count());
        }
        List<MqaCatalogSummary.Dimension> dimensions = new ArrayList<>();
        for (var dimension : DIMENSIONS.entrySet()) {
            double sum = 0;
            for (MqaAssessment assessment : latest) {
                for (MqaScore.Dimension d : assessment.dimensions()) {
                    if (d.id().equals(dimension.getKey())) {
                        sum += d.points();
                    }
                }
            }
            dimensions.add(new MqaCatalogSummary.Dimension(dimension.getKey(),
                    latest.isEmpty() ? 0 : round(sum / latest.size()), dimension.getValue()));
        }
        Double average = latest.isEmpty() ? null
                : round(latest.stream().mapToInt(MqaAssessment::total).average().orElse(0));
        return new MqaCatalogSummary(datasets, latest.size(), average, 405,
                average == null ? null : MqaScore.rating((int) Math.round(average)), ratings, dimensions);
    }

    private static Map<String, Integer> dimensions() {
        Map<String, Integer> max = new LinkedHashMap<>();
        for (MqaDimension dimension : MqaDimension.values()) {
            max.put(dimension.id(), dimension.max());
        }
        return max;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
