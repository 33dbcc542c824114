// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.query.infra.LineageStore;
import nl.datakraam.query.infra.SavedQueryStore;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stores of saved queries and lineage (V25) keep and give back what they are given, whichever database holds
 * them: run by {@link DerivedStoresH2IT} (embedded H2) and {@link DerivedStoresPostgresIT} (PostgreSQL). Each test
 * uses ids of its own, so tests sharing the database do not see each other's rows.
 */
abstract class DerivedStoresContract extends PlatformIT {

    private static final Instant T0 = Instant.parse("2026-03-01T09:15:30.123Z");

    @Autowired
    SavedQueryStore queries;

    @Autowired
    LineageStore lineage;

    @Test
    void aSavedQueryRoundTripsAndIsListedByOwner() {
        String owner = "owner-" + UUID.randomUUID();
        var first = new SavedQuery(UUID.randomUUID(), owner, "Eerste", null, "SELECT 1", null, T0, T0, null, null,
                false);
        var second = new SavedQuery(UUID.randomUUID(), owner, "Tweede", "Met omschrijving", "SELECT 2 AS n",
                "{\"dataset\":\"x\",\"filters\":[]}", T0, T0.plus(1, ChronoUnit.HOURS), T0, 1L, true);
        queries.insert(first);
        queries.insert(second);
        queries.insert(new SavedQuery(UUID.randomUUID(), "someone-else-" + UUID.randomUUID(), "Ander", null,
                "SELECT 3", null, T0, T0, null, null, false));

        assertThat(queries.find(first.id())).contains(first);
        assertThat(queries.find(second.id())).contains(second);
        assertThat(queries.list(owner)).containsExactly(second, first);
        assertThat(queries.list(null)).contains(first, second).hasSizeGreaterThan(2);

        var changed = new SavedQuery(first.id(), owner, "Gewijzigd", "Nu wel", "SELECT 4", "{}", T0,
                T0.plus(2, ChronoUnit.HOURS), T0.plus(2, ChronoUnit.HOURS), 1000L, true);
        assertThat(queries.update(changed)).isTrue();
        assertThat(queries.find(first.id())).contains(changed);
        assertThat(queries.delete(first.id())).isTrue();
        assertThat(queries.delete(first.id())).isFalse();
        assertThat(queries.find(first.id())).isEmpty();
        assertThat(queries.update(changed)).isFalse();
    }

    @Test
    void lineageNamesTheSourceVersionsOfEachRunAndRunsGetTheirVersion() {
        UUID derived = UUID.randomUUID();
        UUID query = UUID.randomUUID();
        UUID sourceA = UUID.randomUUID();
        UUID sourceB = UUID.randomUUID();
        lineage.insertDerived(derived, query, "eigenaar", "SELECT * FROM a JOIN b USING (code)", T0);
        var a1 = new LineageStore.Source(sourceA, UUID.randomUUID(), 1);
        var b3 = new LineageStore.Source(sourceB, UUID.randomUUID(), 3);
        var first = new LineageStore.Run(UUID.randomUUID(), derived, UUID.randomUUID(), "a".repeat(64), null, T0);
        lineage.insertRun(first, List.of(a1, b3));
        var a2 = new LineageStore.Source(sourceA, UUID.randomUUID(), 2);
        var second = new LineageStore.Run(UUID.randomUUID(), derived, UUID.randomUUID(), "b".repeat(64), null,
                T0.plus(1, ChronoUnit.DAYS));
        lineage.insertRun(second, List.of(a2, b3));

        LineageStore.Derived stored = lineage.derived(derived).orElseThrow();
        assertThat(stored.owner()).isEqualTo("eigenaar");
        assertThat(stored.savedQueryId()).isEqualTo(query);
        assertThat(stored.sql()).isEqualTo("SELECT * FROM a JOIN b USING (code)");
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.errorCode()).isNull();

        UUID version1 = UUID.randomUUID();
        assertThat(lineage.attachVersion(derived, "a".repeat(64), version1)).isTrue();
        assertThat(lineage.attachVersion(derived, "a".repeat(64), UUID.randomUUID())).as("already attached")
                .isFalse();
        assertThat(lineage.attachVersion(derived, "c".repeat(64), UUID.randomUUID())).isFalse();
        // the run of a version, whichever is newer; the newest run while a version has none
        assertThat(lineage.runOf(derived, version1).orElseThrow().id()).isEqualTo(first.id());
        assertThat(lineage.runOf(derived, version1).orElseThrow().versionId()).isEqualTo(version1);
        assertThat(lineage.runOf(derived, UUID.randomUUID()).orElseThrow().id()).isEqualTo(second.id());
        assertThat(lineage.runOf(derived, null).orElseThrow().id()).isEqualTo(second.id());
        assertThat(lineage.sources(first.id())).containsExactlyInAnyOrder(a1, b3);
        assertThat(lineage.sources(second.id())).containsExactlyInAnyOrder(a2, b3);
        assertThat(lineage.derivedReading(sourceA)).containsExactly(derived);
        assertThat(lineage.derivedReading(sourceB)).containsExactly(derived);
        assertThat(lineage.derivedReading(UUID.randomUUID())).isEmpty();
        assertThat(lineage.derivedAmong(List.of(derived, sourceA, UUID.randomUUID()))).containsExactly(derived);
        assertThat(lineage.derivedAmong(List.of())).isEmpty();
    }

    @Test
    void aRefreshFailureIsKeptUntilTheNextRefresh() {
        UUID derived = UUID.randomUUID();
        UUID query = UUID.randomUUID();
        lineage.insertDerived(derived, query, "eigenaar", "SELECT 1", T0);
        lineage.refreshFailed(derived, "query.refresh-owner-gone", Map.of("owner", "eigenaar"), "Not refreshed.",
                T0.plus(1, ChronoUnit.HOURS));
        LineageStore.Derived failed = lineage.derived(derived).orElseThrow();
        assertThat(failed.errorCode()).isEqualTo("query.refresh-owner-gone");
        assertThat(failed.errorArguments()).isEqualTo(Map.of("owner", "eigenaar"));
        assertThat(failed.errorMessage()).isEqualTo("Not refreshed.");
        assertThat(failed.refreshedAt()).isEqualTo(T0.plus(1, ChronoUnit.HOURS));

        lineage.refreshed(derived, T0.plus(2, ChronoUnit.HOURS));
        LineageStore.Derived ok = lineage.derived(derived).orElseThrow();
        assertThat(ok.errorCode()).isNull();
        assertThat(ok.errorArguments()).isEmpty();
        assertThat(ok.refreshedAt()).isEqualTo(T0.plus(2, ChronoUnit.HOURS));

        lineage.forgetQuery(query);
        assertThat(lineage.derived(derived).orElseThrow().savedQueryId()).isNull();
    }
}
