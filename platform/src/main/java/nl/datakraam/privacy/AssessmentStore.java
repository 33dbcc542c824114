// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code privacy_initiative}, {@code privacy_assessment} and {@code privacy_assessment_dataset} (V31). */
@Repository
class AssessmentStore {

    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Assessment a) {
        jdbc.sql("""
                insert into privacy_assessment (id, kind, title, questionnaire_id, questionnaire_version, answers,
                    status, outcome, initiative_id, created_by, created_at, modified_at)
                values (:id, :kind, :title, :qid, :qversion, :answers, :status, :outcome, :initiative, :createdBy,
                    :createdAt, :modifiedAt)""")
                .param("id", a.id()).param("kind", a.kind().code()).param("title", a.title())
                .param("qid", a.questionnaireId()).param("qversion", a.questionnaireVersion())
                .param("answers", json.writeValueAsString(a.answers())).param("status", a.status().code())
                .param("outcome", a.outcome()).param("initiative", a.initiativeId())
                .param("createdBy", a.createdBy()).param("createdAt", utc(a.createdAt()))
                .param("modifiedAt", utc(a.modifiedAt()))
                .update();
        replaceDatasets(a.id(), a.datasets());
    }

    /**
     * Writes everything but id, kind, questionnaire and creation, if the row still has status {@code expected}.
     *
     * @return false when the status changed meanwhile (nothing written)
     */
    boolean update(Assessment a, AssessmentStatus expected) {
        int updated = jdbc.sql("""
                update privacy_assessment set title = :title, answers = :answers, status = :status,
                    outcome = :outcome, initiative_id = :initiative, modified_at = :modifiedAt,
                    submitted_by = :submittedBy, submitted_at = :submittedAt, decided_by = :decidedBy,
                    decided_at = :decidedAt, decision_reason = :reason
                where id = :id and status = :expected""")
                .param("title", a.title()).param("answers", json.writeValueAsString(a.answers()))
                .param("status", a.status().code()).param("outcome", a.outcome())
                .param("initiative", a.initiativeId()).param("modifiedAt", utc(a.modifiedAt()))
                .param("submittedBy", a.submittedBy()).param("submittedAt", utc(a.submittedAt()))
                .param("decidedBy", a.decidedBy()).param("decidedAt", utc(a.decidedAt()))
                .param("reason", a.decisionReason()).param("id", a.id()).param("expected", expected.code())
                .update();
        if (updated == 1) {
            replaceDatasets(a.id(), a.datasets());
        }
        return updated == 1;
    }

    private void replaceDatasets(UUID id, List<DatasetId> datasets) {
        jdbc.sql("delete from privacy_assessment_dataset where assessment_id = :id").param("id", id).update();
        for (DatasetId dataset : datasets) {
            jdbc.sql("insert into privacy_assessment_dataset (assessment_id, dataset_id) values (:id, :dataset)")
                    .param("id", id).param("dataset", dataset.value()).update();
        }
    }

    Optional<Assessment> find(UUID id) {
        return load("a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Every assessment, newest first. */
    List<Assessment> all() {
        return load("1 = 1", Map.of());
    }

    List<Assessment> ofDataset(DatasetId dataset) {
        return load("a.id in (select assessment_id from privacy_assessment_dataset where dataset_id = :dataset)",
                Map.of("dataset", dataset.value()));
    }

    /** Whether an approved DPIA, or an approved pre-scan that found no DPIA required, covers the dataset. */
    boolean approvedFor(DatasetId dataset) {
        return jdbc.sql("""
                select count(*) from privacy_assessment a
                join privacy_assessment_dataset d on d.assessment_id = a.id
                where d.dataset_id = :dataset and a.status = 'approved'
                  and (a.kind = 'dpia' or (a.kind = 'dpia-prescan' and a.outcome = :notRequired))""")
                .param("dataset", dataset.value()).param("notRequired", PrescanOutcome.NOT_REQUIRED)
                .query(Long.class).single() > 0;
    }

    private List<Assessment> load(String condition, Map<String, Object> params) {
        List<Row> rows = jdbc.sql("select a.* from privacy_assessment a where " + condition
                + " order by a.modified_at desc, a.id").params(params).query((rs, n) -> row(rs)).list();
        Map<UUID, List<DatasetId>> datasets = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("select assessment_id, dataset_id from privacy_assessment_dataset where assessment_id in (:ids)"
                    + " order by dataset_id")
                    .param("ids", rows.stream().map(r -> r.id).toList())
                    .query((rs, n) -> datasets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new DatasetId(rs.getObject(2, UUID.class))))
                    .list();
        }
        return rows.stream().map(r -> new Assessment(r.id, AssessmentKind.of(r.kind).orElseThrow(), r.title,
                r.questionnaireId, r.questionnaireVersion, json.readValue(r.answers, ANSWERS),
                AssessmentStatus.of(r.status), r.outcome, r.initiative, datasets.getOrDefault(r.id, List.of()),
                r.createdBy, r.createdAt, r.modifiedAt, r.submittedBy, r.submittedAt, r.decidedBy, r.decidedAt,
                r.reason)).toList();
    }

    private record Row(UUID id, String kind, String title, String questionnaireId, int questionnaireVersion,
            String answers, String status, @Nullable String outcome, @Nullable UUID initiative, String createdBy,
            Instant createdAt, Instant modifiedAt, @Nullable String submittedBy, @Nullable Instant submittedAt,
            @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String reason) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"),
                rs.getString("questionnaire_id"), rs.getInt("questionnaire_version"), rs.getString("answers"),
                rs.getString("status"), rs.getString("outcome"), rs.getObject("initiative_id", UUID.class),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "modified_at"),
                rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_reason"));
    }

    // initiatives

    void insertInitiative(Initiative i) {
        jdbc.sql("""
                insert into privacy_initiative (id, name, description, owner_organisation, created_by, created_at)
                values (:id, :name, :description, :owner, :createdBy, :createdAt)""")
                .param("id", i.id()).param("name", i.name()).param("description", i.description())
                .param("owner", i.ownerOrganisation()).param("createdBy", i.createdBy())
                .param("createdAt", utc(i.createdAt()))
                .update();
    }

    /** Every initiative by name, with whether one of its assessments is approved. */
    List<Initiative> initiatives() {
        return jdbc.sql("""
                select i.*, (select count(*) from privacy_assessment a
                             where a.initiative_id = i.id and a.status = 'approved') as approved
                from privacy_initiative i order by i.name, i.id""")
                .query((rs, n) -> new Initiative(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("description"), rs.getString("owner_organisation"), rs.getString("created_by"),
                        instant(rs, "created_at"), rs.getLong("approved") > 0))
                .list();
    }

    Optional<Initiative> initiative(UUID id) {
        return initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    AssessedInitiatives indicator() {
        long total = jdbc.sql("select count(*) from privacy_initiative").query(Long.class).single();
        long assessed = jdbc.sql("""
                select count(distinct initiative_id) from privacy_assessment
                where initiative_id is not null and status = 'approved'""").query(Long.class).single();
        return AssessedInitiatives.of(assessed, total);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
