// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code datalab_map} (V36). */
@Repository
class MapStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MapStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(SavedMap map) {
        jdbc.sql("""
                insert into datalab_map (id, title, description, access_level, owner, spec, created_at, modified_at)
                values (:id, :title, :description, :level, :owner, :spec, :created, :modified)""")
                .param("id", map.id()).param("title", map.title()).param("description", map.description())
                .param("level", map.accessLevel().code()).param("owner", map.owner())
                .param("spec", json.writeValueAsString(map.spec())).param("created", utc(map.createdAt()))
                .param("modified", utc(map.modifiedAt()))
                .update();
    }

    void update(SavedMap map) {
        jdbc.sql("""
                update datalab_map set title = :title, description = :description, access_level = :level,
                    spec = :spec, modified_at = :modified
                where id = :id""")
                .param("id", map.id()).param("title", map.title()).param("description", map.description())
                .param("level", map.accessLevel().code()).param("spec", json.writeValueAsString(map.spec()))
                .param("modified", utc(map.modifiedAt()))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from datalab_map where id = :id").param("id", id).update();
    }

    Optional<SavedMap> find(UUID id) {
        return jdbc.sql("select * from datalab_map where id = :id").param("id", id).query((rs, n) -> map(rs))
                .optional();
    }

    List<SavedMap> all() {
        return jdbc.sql("select * from datalab_map order by title, id").query((rs, n) -> map(rs)).list();
    }

    private SavedMap map(ResultSet rs) throws SQLException {
        return new SavedMap(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
                AccessLevel.fromCode(rs.getString("access_level")), rs.getString("owner"),
                json.readValue(rs.getString("spec"), MapSpec.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("modified_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
