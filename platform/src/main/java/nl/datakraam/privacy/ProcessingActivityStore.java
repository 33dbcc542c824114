// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code processing_activity} and {@code processing_activity_dataset} (V32). */
@Repository
class ProcessingActivityStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcessingActivityStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ProcessingActivity a) {
        jdbc.sql("""
                insert into processing_activity (id, name, category, purpose, legal_basis, legal_basis_note,
                    controller, contact, data_subjects, personal_data, special_categories, recipients,
                    third_countries, origin, retention, retention_period, security_measures, is_public, created_by,
                    created_at, modified_by, modified_at)
                values (:id, :name, :category, :purpose, :legalBasis, :legalBasisNote, :controller, :contact,
                    :dataSubjects, :personalData, :specialCategories, :recipients, :thirdCountries, :origin,
                    :retention, :retentionPeriod, :securityMeasures, :isPublic, :createdBy, :createdAt, :modifiedBy,
                    :modifiedAt)""")
                .params(columns(a)).update();
        replaceDatasets(a);
    }

    void update(ProcessingActivity a) {
        jdbc.sql("""
                update processing_activity set name = :name, category = :category, purpose = :purpose,
                    legal_basis = :legalBasis, legal_basis_note = :legalBasisNote, controller = :controller,
                    contact = :contact, data_subjects = :dataSubjects, personal_data = :personalData,
                    special_categories = :specialCategories, recipients = :recipients,
                    third_countries = :thirdCountries, origin = :origin, retention = :retention,
                    retention_period = :retentionPeriod, security_measures = :securityMeasures,
                    is_public = :isPublic, modified_by = :modifiedBy, modified_at = :modifiedAt
                where id = :id""")
                .params(columns(a)).update();
        replaceDatasets(a);
    }

    private Map<String, Object> columns(ProcessingActivity a) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", a.id());
        c.put("name", a.name());
        c.put("category", a.category());
        c.put("purpose", a.purpose());
        c.put("legalBasis", a.legalBasis().code());
        c.put("legalBasisNote", a.legalBasisNote());
        c.put("controller", a.controller());
        c.put("contact", a.contact());
        c.put("dataSubjects", json.writeValueAsString(a.dataSubjects()));
        c.put("personalData", json.writeValueAsString(a.personalData()));
        c.put("specialCategories", json.writeValueAsString(a.specialCategories().stream()
                .map(SpecialCategory::code).toList()));
        c.put("recipients", json.writeValueAsString(a.recipients()));
        c.put("thirdCountries", json.writeValueAsString(a.thirdCountries()));
        c.put("origin", a.origin());
        c.put("retention", a.retention());
        c.put("retentionPeriod", a.retentionPeriod() == null ? null : a.retentionPeriod().toString());
        c.put("securityMeasures", a.securityMeasures());
        c.put("isPublic", a.isPublic());
        c.put("createdBy", a.createdBy());
        c.put("createdAt", OffsetDateTime.ofInstant(a.createdAt(), ZoneOffset.UTC));
        c.put("modifiedBy", a.modifiedBy());
        c.put("modifiedAt", OffsetDateTime.ofInstant(a.modifiedAt(), ZoneOffset.UTC));
        return c;
    }

    private void replaceDatasets(ProcessingActivity a) {
        jdbc.sql("delete from processing_activity_dataset where activity_id = :id").param("id", a.id()).update();
        for (DatasetId dataset : a.datasets()) {
            jdbc.sql("insert into processing_activity_dataset (activity_id, dataset_id) values (:id, :dataset)")
                    .param("id", a.id()).param("dataset", dataset.value()).update();
        }
    }

    Optional<ProcessingActivity> find(UUID id) {
        return load("p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Every activity, by name. */
    List<ProcessingActivity> all() {
        return load("1 = 1", Map.of());
    }

    List<ProcessingActivity> ofDataset(DatasetId dataset) {
        return load("p.id in (select activity_id from processing_activity_dataset where dataset_id = :dataset)",
                Map.of("dataset", dataset.value()));
    }

    /** Ids of the datasets linked to an activity that has a retention period. */
    List<DatasetId> datasetsWithActivityPeriod() {
        return jdbc.sql("""
                select distinct d.dataset_id from processing_activity_dataset d
                join processing_activity p on p.id = d.activity_id where p.retention_period is not null""")
                .query((rs, n) -> new DatasetId(rs.getObject(1, UUID.class))).list();
    }

    private List<ProcessingActivity> load(String condition, Map<String, Object> params) {
        List<ProcessingActivity> rows = jdbc.sql("select p.* from processing_activity p where " + condition
                + " order by p.name, p.id").params(params).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<DatasetId>> datasets = new HashMap<>();
        jdbc.sql("select activity_id, dataset_id from processing_activity_dataset where activity_id in (:ids)"
                + " order by dataset_id")
                .param("ids", rows.stream().map(ProcessingActivity::id).toList())
                .query((rs, n) -> datasets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new DatasetId(rs.getObject(2, UUID.class))))
                .list();
        return rows.stream().map(a -> new ProcessingActivity(a.id(), a.name(), a.category(), a.purpose(),
                a.legalBasis(), a.legalBasisNote(), a.controller(), a.contact(), a.dataSubjects(), a.personalData(),
                a.specialCategories(), a.recipients(), a.thirdCountries(), a.origin(), a.retention(),
                a.retentionPeriod(), a.securityMeasures(), a.isPublic(), datasets.getOrDefault(a.id(), List.of()),
                a.createdBy(), a.createdAt(), a.modifiedBy(), a.modifiedAt())).toList();
    }

    private ProcessingActivity row(ResultSet rs) throws SQLException {
        String period = rs.getString("retention_period");
        return new ProcessingActivity(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("category"),
                rs.getString("purpose"), LegalBasis.of(rs.getString("legal_basis")).orElseThrow(),
                rs.getString("legal_basis_note"), rs.getString("controller"), rs.getString("contact"),
                strings(rs, "data_subjects"), strings(rs, "personal_data"),
                strings(rs, "special_categories").stream().map(c -> SpecialCategory.of(c).orElseThrow()).toList(),
                strings(rs, "recipients"), strings(rs, "third_countries"), rs.getString("origin"),
                rs.getString("retention"), period == null ? null : Period.parse(period),
                rs.getString("security_measures"), rs.getBoolean("is_public"), List.of(), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("modified_by"),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    private List<String> strings(ResultSet rs, String column) throws SQLException {
        return json.readValue(rs.getString(column), STRINGS);
    }
}
