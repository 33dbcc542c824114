// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.sql.SQLException;
import nl.datakraam.support.PostgresTestSchema;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The saved-query and lineage stores on PostgreSQL (127.0.0.1:5432, database {@code test}, trust authentication), in
 * a schema of its own per run (see {@link PostgresTestSchema}).
 */
@ActiveProfiles("postgres")
class DerivedStoresPostgresIT extends DerivedStoresContract {

    private static final PostgresTestSchema SCHEMA = new PostgresTestSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @BeforeAll
    static void requirePostgresAndTidyUp() throws SQLException {
        SCHEMA.requirePostgresAndTidyUp();
    }
}
