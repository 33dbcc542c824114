// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log through its channels: the export for auditors in CSV and JSON Lines (with what an auditor needs to
 * recompute the chain), refused to the anonymous public; the verification endpoint; the page
 * {@code /beheer/audit}; sign-ins, failed ones included, recorded.
 */
class AuditLogIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsForTheAdministratorInCsvAndJsonLinesThatAnAuditorCanRecompute() throws Exception {
        UUID dataset = UUID.randomUUID();
        audit.record(new Caller("analist-7", java.util.Set.of(Caller.ROLE_STAFF)), "dataset.rows", dataset, null,
                Map.of("rows", "10", "note", "a, \"quoted\" value"));
        admin().importFile(Fixtures.file("export.csv", "code,naam\n1,een\n", StandardCharsets.UTF_8),
                "Auditexport " + System.nanoTime(), "openbaar");

        var jsonl = admin().get("/v1/audit?format=jsonl&from=2000-01-01");
        assertThat(jsonl.statusCode()).as(jsonl.body()).isEqualTo(200);
        assertThat(jsonl.headers().firstValue("Content-Type")).get().asString().startsWith("application/jsonl");
        List<JsonNode> lines = Arrays.stream(jsonl.body().split("\n")).map(JSON::readTree).toList();
        String previous = AuditEntry.GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            assertThat(line.get("seq").asLong()).isEqualTo(i + 1);
            assertThat(line.get("prevHash").asString()).isEqualTo(previous);
            assertThat(recomputed(line)).as("hash of %s", line).isEqualTo(line.get("hash").asString());
            previous = line.get("hash").asString();
        }
        JsonNode rows = lines.stream().filter(l -> l.get("action").asString().equals("dataset.rows")).toList().getLast();
        assertThat(rows.get("actor").asString()).isEqualTo("analist-7");
        assertThat(rows.get("datasetId").asString()).isEqualTo(dataset.toString());
        assertThat(rows.get("versionId").isNull()).isTrue();
        JsonNode upload = lines.getLast();
        assertThat(upload.get("channel").asString()).isEqualTo("POST /v1/datasets");
        assertThat(upload.get("actor").asString()).isEqualTo("beheerder");
        assertThat(upload.get("outcome").asString()).isEqualTo("202");

        var csv = admin().get("/v1/audit?format=csv&to=" + Instant.now().plusSeconds(60));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        String[] records = csv.body().split("\r\n");
        assertThat(records[0]).isEqualTo("seq,at,actor,actorRoles,origin,action,datasetId,versionId,channel,outcome,"
                + "details,prevHash,hash");
        assertThat(csv.body()).contains(",analist-7,medewerker,system,dataset.rows," + dataset + ",,system,ok,"
                + "\"{\"\"note\"\":\"\"a, \\\"\"quoted\\\"\" value\"\",\"\"rows\"\":\"\"10\"\"}\","
                + rows.get("prevHash").asString() + "," + rows.get("hash").asString());

        assertThat(admin().get("/v1/audit?from=1999-01-01&to=2000-01-01").body()).isEmpty();
    }

    @Test
    void refusesTheAnonymousPublicAndExplainsBadParameters() {
        var attempt = anonymous().postJson("/v1/groups", Map.of("id", "anoniem", "name", "Anoniem"));
        assertThat(attempt.statusCode()).isIn(401, 403);
        String last = admin().get("/v1/audit").body().lines().toList().getLast();
        assertThat(JSON.readTree(last).get("actor").asString()).isEqualTo("anonymous");
        assertThat(JSON.readTree(last).get("channel").asString()).isEqualTo("POST /v1/groups");
        assertThat(JSON.readTree(last).get("outcome").asString()).isEqualTo(Integer.toString(attempt.statusCode()));

        for (String path : List.of("/v1/audit", "/v1/audit?format=csv", "/v1/audit/verification")) {
            var response = anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(json(response).get("code").asString()).isEqualTo("access.login-required");
        }
        var format = admin().inLanguage("en").get("/v1/audit?format=xml");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(json(format).get("detail").asString()).isEqualTo("format must be one of: csv, jsonl.");
        var from = admin().inLanguage("en").get("/v1/audit?from=gisteren");
        assertThat(from.statusCode()).isEqualTo(400);
        assertThat(json(from).get("detail").asString()).isEqualTo("from has the wrong form; expected a date"
                + " (2026-01-31) or a UTC time (2026-01-31T12:00:00Z).");
    }

    @Test
    void verifiesTheChainThroughTheApi() {
        JsonNode result = json(admin().get("/v1/audit/verification"));
        assertThat(result.get("ok").asBoolean()).as("%s", result).isTrue();
        assertThat(result.get("headHash").asString()).hasSize(64);
        assertThat(result.get("problem").isNull()).isTrue();
    }

    @Test
    void thePageShowsEntriesAndVerifiesForAnAdministratorAndRecordsSignIns() {
        var anonymousVisit = new BrowserSession(port).get("/beheer/audit");
        assertThat(anonymousVisit.statusCode()).as("anonymous visitors are sent to sign in").isEqualTo(302);
        assertThat(anonymousVisit.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");

        var failed = new BrowserSession(port);
        failed.signIn("beheerder", "not-the-token");
        var browser = new BrowserSession(port);
        assertThat(browser.signIn("beheerder", TOKEN).statusCode()).isEqualTo(302);

        var page = browser.get("/beheer/audit?actor=beheerder");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Auditlog</h1>", "login.succeeded", "Controleer de keten");
        var all = browser.get("/beheer/audit");
        assertThat(all.body()).contains("login.failed", "bad-credentials");
        assertThat(all.body()).doesNotContain("not-the-token");

        var verified = browser.get("/beheer/audit?controleer=1&lang=en");
        assertThat(verified.body()).contains("data-ok=\"true\"", "The chain is intact");
        long head = jdbc.sql("select seq from audit_head").query(Long.class).single();
        String actor = jdbc.sql("select actor from audit_entry where seq = :seq").param("seq", head)
                .query(String.class).single();
        jdbc.sql("update audit_entry set actor = 'iemand-anders' where seq = :seq").param("seq", head).update();
        try {
            assertThat(browser.get("/beheer/audit?controleer=1&lang=nl").body()).contains("data-ok=\"false\"",
                    "De keten is verbroken bij nr. " + head + ": deze vermelding is gewijzigd.");
        } finally {
            jdbc.sql("update audit_entry set actor = :actor where seq = :seq").param("actor", actor)
                    .param("seq", head).update();
        }
        var export = browser.get("/beheer/audit/export?format=csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("seq,at,actor");
    }

    /**
     * What an auditor does with a JSON Lines entry, written from docs/audit-log.md rather than with the platform's
     * code: SHA-256 over each field as its UTF-8 byte length, a colon and its bytes; absent ids empty.
     */
    private static String recomputed(JsonNode line) throws Exception {
        var canonical = new java.io.ByteArrayOutputStream();
        for (String field : List.of("seq", "at", "actor", "actorRoles", "origin", "action", "datasetId", "versionId",
                "channel", "outcome", "details", "prevHash")) {
            JsonNode value = line.get(field);
            byte[] bytes = (value.isNull() ? "" : value.asString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            canonical.write((bytes.length + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            canonical.write(bytes);
        }
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.toByteArray()));
    }
}
