// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.quality.MqaAssessment;
import nl.datakraam.quality.MqaScore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored MQA assessments (table {@code mqa_assessment}, migration V7): every assessment is kept. Thread-safe.
 */
@Repository
public class MqaAssessments {

    private static final String COLUMNS = "id, dataset_id, version_id, assessed_at, total, rating, findability, "
            + "accessibility, interoperability, reusability, contextuality, distribution";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MqaAssessments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores an assessment; returns it as read back. */
    public MqaAssessment save(UUID datasetId, @Nullable UUID versionId, MqaScore score, Instant assessedAt) {
        UUID id = UUID.randomUUID();
        Map<String, Integer> points = new HashMap<>();
        score.dimensions().forEach(d -> points.put(d.id(), d.points()));
        jdbc.sql("""
                insert into mqa_assessment (id, dataset_id, version_id, assessed_at, total, rating, findability,
                    accessibility, interoperability, reusability, contextuality, distribution, indicators)
                values (:id, :datasetId, :versionId, :assessedAt, :total, :rating, :findability, :accessibility,
                    :interoperability, :reusability, :contextuality, :distribution, :indicators)""")
                .param("id", id)
                .param("datasetId", datasetId)
                .param("versionId", versionId)
                .param("assessedAt", OffsetDateTime.ofInstant(assessedAt, ZoneOffset.UTC))
                .param("total", score.total())
                .param("rating", score.rating())
                .param("findability", points.getOrDefault("findability", 0))
                .param("accessibility", points.getOrDefault("accessibility", 0))
                .param("interoperability", points.getOrDefault("interoperability", 0))
                .param("reusability", points.getOrDefault("reusability", 0))
                .param("contextuality", points.getOrDefault("contextuality", 0))
                .param("distribution", score.distribution())
                .param("indicators", json.writeValueAsString(score.indicators()))
                .update();
        return new MqaAssessment(id, datasetId, versionId, assessedAt, score.total(), score.max(), score.rating(),
                score.distribution(), score.dimensions(), score.indicators(), MqaAssessment.historyOf(datasetId));
    }

    /** The latest assessment of a dataset, with its indicators. */
    public Optional<MqaAssessment> latest(UUID datasetId) {
        return jdbc.sql("select " + COLUMNS + ", indicators from mqa_assessment where dataset_id = :id "
                        + "order by assessed_at desc, id limit 1")
                .param("id", datasetId)
                .query((rs, n) -> toAssessment(rs, true))
                .optional();
    }

    /** A dataset's assessments, newest first, without indicators. */
    public List<MqaAssessment> history(UUID datasetId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from mqa_assessment where dataset_id = :id "
                        + "order by assessed_at desc, id limit :limit offset :offset")
                .param("id", datasetId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> toAssessment(rs, false))
                .list();
    }

    /** How many assessments a dataset has. */
    public long count(UUID datasetId) {
        return jdbc.sql("select count(*) from mqa_assessment where dataset_id = :id").param("id", datasetId)
                .query(Long.class).single();
    }

    /** The latest assessment of each of the datasets that has one, without indicators. */
    public Map<UUID, MqaAssessment> latestOf(Collection<UUID> datasetIds) {
        Map<UUID, MqaAssessment> latest = new HashMap<>();
        if (datasetIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("select " + COLUMNS + " from mqa_assessment a where a.dataset_id in (:ids) and a.assessed_at = "
                        + "(select max(b.assessed_at) from mqa_assessment b where b.dataset_id = a.dataset_id)")
                .param("ids", datasetIds)
                .query((rs, n) -> toAssessment(rs, false))
                .list()
                .forEach(a -> latest.merge(a.datasetId(), a, (x, y) -> x.id().compareTo(y.id()) <= 0 ? x : y));
        return latest;
    }

    private MqaAssessment toAssessment(ResultSet rs, boolean withIndicators) throws SQLException {
        UUID datasetId = rs.getObject("dataset_id", UUID.class);
        int total = rs.getInt("total");
        List<MqaScore.Dimension> dimensions = List.of(
                new MqaScore.Dimension("findability", rs.getInt("findability"), 100),
                new MqaScore.Dimension("accessibility", rs.getInt("accessibility"), 100),
                new MqaScore.Dimension("interoperability", rs.getInt("interoperability"), 110),
                new MqaScore.Dimension("reusability", rs.getInt("reusability"), 75),
                new MqaScore.Dimension("contextuality", rs.getInt("contextuality"), 20));
        List<MqaScore.Indicator> indicators = withIndicators
                ? json.readValue(rs.getString("indicators"), new TypeReference<List<MqaScore.Indicator>>() { })
                : List.of();
        return new MqaAssessment(rs.getObject("id", UUID.class), datasetId, rs.getObject("version_id", UUID.class),
                rs.getObject("assessed_at", OffsetDateTime.class).toInstant(), total, 405, rs.getString("rating"),
                rs.getString("distribution"), dimensions, indicators, MqaAssessment.historyOf(datasetId));
    }
}
