// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Caller;
import nl.datakraam.access.DatasetGrant;
import nl.datakraam.access.DatasetGrants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link DatasetGrants} in the metadata store's table {@code dataset_grant} (Flyway V19); H2 and PostgreSQL. */
@Repository
class JdbcDatasetGrants implements DatasetGrants {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDatasetGrants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<DatasetGrant> of(UUID datasetId) {
        return jdbc.sql("""
                select grantee_kind, grantee_id from dataset_grant where dataset_id = :id
                order by grantee_kind, grantee_id""")
                .param("id", datasetId)
                .query((rs, n) -> new DatasetGrant(kind(rs.getString(1)), rs.getString(2)))
                .list();
    }

    @Override
    @Transactional
    public void replace(UUID datasetId, Collection<DatasetGrant> grants, String grantedBy) {
        jdbc.sql("delete from dataset_grant where dataset_id = :id").param("id", datasetId).update();
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (DatasetGrant grant : new LinkedHashSet<>(grants)) {
            insert(datasetId, grant, grantedBy, now);
        }
    }

    @Override
    @Transactional
    public void add(UUID datasetId, DatasetGrant grant, String grantedBy) {
        boolean present = jdbc.sql("""
                select count(*) from dataset_grant
                where dataset_id = :id and grantee_kind = :kind and grantee_id = :grantee""")
                .param("id", datasetId)
                .param("kind", grant.kind().code())
                .param("grantee", grant.id())
                .query(Long.class)
                .single() > 0;
        if (!present) {
            insert(datasetId, grant, grantedBy, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
    }

    private void insert(UUID datasetId, DatasetGrant grant, String grantedBy, OffsetDateTime at) {
        jdbc.sql("""
                insert into dataset_grant (dataset_id, grantee_kind, grantee_id, granted_by, granted_at)
                values (:id, :kind, :grantee, :by, :at)""")
                .param("id", datasetId)
                .param("kind", grant.kind().code())
                .param("grantee", grant.id())
                .param("by", grantedBy)
                .param("at", at)
                .update();
    }

    @Override
    public List<Held> heldBy(Caller caller) {
        if (caller.isAnonymous()) {
            return List.of();
        }
        List<String> either = new ArrayList<>();
        either.add("(grantee_kind = 'account' and grantee_id = :account)");
        if (!caller.groups().isEmpty()) {
            either.add("(grantee_kind = 'group' and grantee_id in (:groups))");
        }
        if (caller.organisation() != null) {
            either.add("(grantee_kind = 'organisation' and grantee_id = :organisation)");
        }
        var params = new java.util.HashMap<String, Object>(Map.of("account", caller.id(), "groups",
                List.copyOf(caller.groups())));
        if (caller.organisation() != null) {
            params.put("organisation", caller.organisation());
        }
        return jdbc.sql("select dataset_id, grantee_kind from dataset_grant where " + String.join(" or ", either))
                .params(params)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), kind(rs.getString(2))))
                .list();
    }

    private static DatasetGrant.Kind kind(String code) {
        return DatasetGrant.Kind.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
