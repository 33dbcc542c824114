// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import nl.datakraam.support.PostgresTestSchema;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Case c31 on PostgreSQL, in a schema of its own. */
@ActiveProfiles("postgres")
class DatasetListingQueriesPostgresIT extends DatasetListingQueriesContract {

    private static final PostgresTestSchema SCHEMA = new PostgresTestSchema();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String directory = Files.createTempDirectory("datakraam-c31-pg").toString();
        registry.add("datakraam.data-dir", () -> directory);
        SCHEMA.register(registry);
    }

    @BeforeAll
    static void requirePostgresAndTidyUp() throws SQLException {
        SCHEMA.requirePostgresAndTidyUp();
    }
}
