// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.StatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Case c31: a catalogue of 2,000 datasets with 6 distributions each; one API call asks for 1,000 of them. The
 * listing must cost a bounded number of SQL statements, the same for 10 datasets as for 1,000 (no query per row).
 * The statements are counted for real, at the JDBC driver boundary ({@link StatementCounter}). Runs on H2 and on
 * PostgreSQL (subclasses).
 *
 * <pre>
 * dataset (2,000, openbaar)  →  dataset_version (1 each, current)  →  distribution (6 each: 12,000 rows)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "datakraam.bootstrap.token=c31-token")
@Import(StatementCounter.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatasetListingQueriesContract {

    private static final int DATASETS = 2_000;
    private static final List<String> FORMATS = List.of("parquet", "csv", "geojson", "json", "xlsx", "gpkg");

    /** A statement budget well above today's three, and far below one per dataset. */
    private static final int MAX_STATEMENTS = 6;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void fillTheCatalogue() {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T00:00:00Z"));
        List<Object[]> datasets = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> distributions = new ArrayList<>();
        List<Object[]> current = new ArrayList<>();
        String schema = """
                {"fields":[{"name":"gemeente","title":"Gemeente","type":"string","format":"default"},\
                {"name":"aantal","title":"Aantal","type":"integer","format":"default"}],"missingValues":[""]}""";
        for (int i = 0; i < DATASETS; i++) {
            UUID dataset = UUID.randomUUID();
            UUID version = UUID.randomUUID();
            Timestamp modified = new Timestamp(now.getTime() + i * 1000L);
            datasets.add(new Object[] {dataset, "Dataset " + i, "Beschrijving " + i, "Provincie Groningen",
                    "http://creativecommons.org/publicdomain/zero/1.0/", "c31, lijst", "openbaar",
                    "c31_dataset_" + i + "_" + dataset.toString().substring(0, 8), "c31", modified, modified});
            versions.add(new Object[] {version, dataset, 1, "bron.csv", "raw/" + i, "0".repeat(64), 100L, 10L,
                    schema, "{}", "[]", modified});
            for (String format : FORMATS) {
                distributions.add(new Object[] {UUID.randomUUID(), version, format, "application/octet-stream",
                        "datasets/" + dataset + "/v1/data." + format, 1000L});
            }
            current.add(new Object[] {version, dataset});
        }
        jdbc.batchUpdate("""
                insert into dataset (id, title, description, publisher, licence, keywords, access_level, table_name,
                    created_by, created_at, modified_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", datasets);
        jdbc.batchUpdate("""
                insert into dataset_version (id, dataset_id, version_number, source_filename, raw_key, raw_sha256,
                    raw_size, row_count, table_schema, dialect, issues, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versions);
        jdbc.batchUpdate("""
                insert into distribution (id, version_id, format, media_type, blob_key, byte_size)
                values (?, ?, ?, ?, ?, ?)""", distributions);
        jdbc.batchUpdate("update dataset set current_version = ? where id = ?", current);
    }

    @Test
    void listingAThousandDatasetsCostsAsFewStatementsAsListingTen() {
        ApiClient client = new ApiClient(port, null);

        StatementCounter.reset();
        JsonNode ten = json(client.get("/v1/datasets?limit=10"));
        int forTen = StatementCounter.count();

        StatementCounter.reset();
        long started = System.nanoTime();
        var response = client.get("/v1/datasets?limit=1000");
        long millis = (System.nanoTime() - started) / 1_000_000;
        int forThousand = StatementCounter.count();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode thousand = json(response);
        assertThat(ten.get("items").size()).isEqualTo(10);
        assertThat(thousand.get("items").size()).isEqualTo(1000);
        assertThat(thousand.get("total").asLong()).isEqualTo(DATASETS);
        assertThat(thousand.get("items").get(0).get("distributions").size()).isEqualTo(FORMATS.size());
        assertThat(forThousand).as("statements for 1,000 datasets").isPositive().isLessThanOrEqualTo(MAX_STATEMENTS)
                .isEqualTo(forTen);
        long again = System.nanoTime();
        assertThat(client.get("/v1/datasets?limit=1000").statusCode()).isEqualTo(200);
        long warmMillis = (System.nanoTime() - again) / 1_000_000;
        System.out.printf("c31 (%s): GET /v1/datasets?limit=1000 with %d datasets x %d distributions: %d SQL "
                + "statements; %d ms the first time after start, %d ms the second (shared machine)%n",
                getClass().getSimpleName(), DATASETS, FORMATS.size(), forThousand, millis, warmMillis);
    }
}
