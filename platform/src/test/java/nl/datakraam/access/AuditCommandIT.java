// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import nl.datakraam.support.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar datakraam.jar audit verify}, run as the README says: exit 0 when intact, 1 when broken. */
class AuditCommandIT {

    @TempDir
    Path dataDir;

    @Test
    void verifiesTheChainAndNamesTheFirstBadEntry() throws Exception {
        var empty = PlatformProcess.run(dataDir, "audit", "verify", "--lang=en");
        assertThat(empty.exitCode()).as(empty.output()).isZero();
        assertThat(empty.output()).contains("Audit log intact: 0 entries checked.");

        // the first run recorded itself (cli.command)
        var one = PlatformProcess.run(dataDir, "audit", "verify", "--lang=en");
        assertThat(one.exitCode()).as(one.output()).isZero();
        assertThat(one.output()).contains("Audit log intact: 1 entries checked. Last entry: no. 1, hash ");

        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("metadata")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE", "sa", "");
                var statement = connection.createStatement()) {
            assertThat(statement.executeQuery("select action, actor, outcome, details from audit_entry where seq = 1"))
                    .satisfies(rs -> {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("cli.command");
                        assertThat(rs.getString(2)).isEqualTo("cli");
                        assertThat(rs.getString(3)).isEqualTo("0");
                        assertThat(rs.getString(4)).isEqualTo("{\"command\":\"audit verify\",\"options\":"
                                + "\"datakraam.data-dir,lang\"}");
                    });
            statement.executeUpdate("update audit_entry set actor = 'someone-else' where seq = 1");
        }

        var broken = PlatformProcess.run(dataDir, "audit", "verify", "--lang=en");
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("Audit log broken at no. 1: this entry was edited.")
                .doesNotContain("Exception", "\tat ");

        var dutch = PlatformProcess.run(dataDir, "audit", "verify", "--lang=nl");
        assertThat(dutch.exitCode()).isEqualTo(1);
        assertThat(dutch.output()).contains("Auditlog verbroken bij nr. 1: deze vermelding is gewijzigd.");

        var wrong = PlatformProcess.run(dataDir, "audit", "check");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.output()).contains("audit verify");
    }
}
