// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.PostgresTestSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The chart and dashboard stores (migrations V27, V28 and their SQL) on PostgreSQL (127.0.0.1:5432, a schema of its
 * own per run, see {@link PostgresTestSchema}); {@code DatalabIT} covers them on H2 through the API.
 */
@ActiveProfiles("postgres")
class DatalabStorePostgresIT extends PlatformIT {

    private static final PostgresTestSchema SCHEMA = new PostgresTestSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @BeforeAll
    static void requirePostgresAndTidyUp() throws SQLException {
        SCHEMA.requirePostgresAndTidyUp();
    }

    @Autowired
    Charts charts;

    @Autowired
    Dashboards dashboards;

    @Test
    void chartsAndDashboardsAreStoredChangedAndDeleted() {
        Caller owner = new Caller("eigenaar-pg", java.util.Set.of(Caller.ROLE_STAFF));
        Chart chart = charts.create(new ChartDraft("Lijn", "Een lijn", "vertrouwelijk", "line", null,
                "SELECT 'a' AS x, 'b' AS reeks, 1 AS y", "x", List.of("y"), "reeks"), owner);
        Chart read = charts.get(chart.id(), owner);
        assertThat(read.type()).isEqualTo(ChartType.LINE);
        assertThat(read.valueColumns()).containsExactly("y");
        assertThat(read.seriesColumn()).isEqualTo("reeks");
        assertThat(read.accessLevel()).isEqualTo(AccessLevel.VERTROUWELIJK);
        assertThat(charts.find(chart.id(), new Caller("ander-pg", java.util.Set.of(Caller.ROLE_STAFF)))).isEmpty();
        assertThat(charts.data(chart.id(), owner).rows()).containsExactly(List.of("a", "b", 1));

        Dashboard dashboard = dashboards.create(new DashboardDraft("Bord", null, "intern", List.of(
                new DashboardDraft.Item("chart", 2, chart.id(), null, null, null, null, null, null),
                new DashboardDraft.Item("figure", 1, null, null, "Eén", "stuks", null, null, "SELECT 42"),
                new DashboardDraft.Item("text", 3, null, null, null, null, "**Hallo**", null, null))), owner);
        assertThat(dashboards.get(dashboard.id(), owner).items()).extracting(DashboardItem::kind).containsExactly(
                DashboardItem.Kind.CHART, DashboardItem.Kind.FIGURE, DashboardItem.Kind.TEXT);
        assertThat(dashboards.figure(dashboard.items().get(1), owner)).isEqualTo(42);

        Dashboard changed = dashboards.update(dashboard.id(), new DashboardDraft("Bord 2", "Anders", "intern",
                List.of(new DashboardDraft.Item("text", 1, null, null, "Kop", null, "Alleen tekst", null, null))),
                owner);
        assertThat(changed.items()).hasSize(1);
        assertThat(changed.title()).isEqualTo("Bord 2");
        dashboards.delete(dashboard.id(), owner);
        charts.delete(chart.id(), owner);
        assertThatThrownBy(() -> charts.get(chart.id(), owner)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CHART_NOT_FOUND));
        assertThat(dashboards.find(dashboard.id(), owner)).isEmpty();
    }
}
