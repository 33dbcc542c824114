// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.TestAccounts;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The anonymisation toolkit end to end (issue 9): a nuisance-report-like dataset with names, e-mail addresses, a
 * reporter id, PC6 postcodes, dates and RD coordinates gets a plan (drop names and e-mails, pseudonymise the
 * reporter, PC6 → PC4, date → month, coordinates → 250 m cell, k = 5 over postcode × month × category), a preview,
 * and its application, which makes an anonymised copy dataset through the normal ingest; k is then counted again
 * from the copy's rows, independently of the engine.
 *
 * <pre>
 *   class after the field operations     records  after k = 5
 *   9711  2024-03  geluid                  20      kept
 *   9712  2024-04  afval                   12      kept
 *   9713  2024-05  verlichting              6      kept
 *   9714  2024-06  overig                   2      suppressed
 * </pre>
 */
class AnonymisationIT extends PlatformIT {

    @Autowired
    Questionnaires questionnaires;

    private static final String PLAN = """
            {"operations": [
               {"field": "naam", "operation": "drop"}, {"field": "email", "operation": "drop"},
               {"field": "melder", "operation": "pseudonymise"},
               {"field": "postcode", "operation": "postcode-pc4"}, {"field": "datum", "operation": "date-month"},
               {"field": "x", "yField": "y", "operation": "grid-cell", "epsg": 28992, "size": 250}],
             "quasiIdentifiers": ["postcode", "datum", "categorie"], "k": 5}""";

    private static Map<?, ?> plan(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(text, Map.class);
    }

    private String reports() {
        StringBuilder csv = new StringBuilder("naam;email;melder;postcode;datum;categorie;x;y\n");
        int[][] classes = {{9711, 3, 20}, {9712, 4, 12}, {9713, 5, 6}, {9714, 6, 2}};
        String[] categories = {"geluid", "afval", "verlichting", "overig"};
        int n = 0;
        for (int c = 0; c < classes.length; c++) {
            for (int i = 0; i < classes[c][2]; i++, n++) {
                csv.append("Persoon ").append(n).append(";p").append(n).append("@voorbeeld.nl;M-").append(n)
                        .append(';').append(classes[c][0]).append(' ').append((char) ('A' + i % 26)).append('B')
                        .append(";2024-0").append(classes[c][1]).append('-').append(String.format("%02d", i + 1))
                        .append(';').append(categories[c]).append(';').append(233_800 + n).append(';')
                        .append(582_100 + n).append('\n');
            }
        }
        var file = Fixtures.file("meldingen-overlast.csv", csv.toString(), StandardCharsets.UTF_8);
        return admin().importFile(file, "Meldingen overlast (persoonsgegevens)", "intern").get("subjectId")
                .asString();
    }

    @Test
    void aPlanIsPreviewedAndAppliedAsANewAnonymisedCopyWhileTheOriginalStaysAsItWas() {
        String id = reports();

        var saved = admin().putJson("/v1/datasets/" + id + "/anonymisation", plan(PLAN));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        var previewed = admin().postJson("/v1/datasets/" + id + "/anonymisation/preview", Map.of());
        assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
        JsonNode preview = json(previewed);
        assertThat(preview.get("rows").asLong()).isEqualTo(40);
        assertThat(preview.get("classesBefore").asLong()).isEqualTo(4);
        assertThat(preview.get("kBefore").asLong()).isEqualTo(2);
        assertThat(preview.get("suppressedRows").asLong()).isEqualTo(2);
        assertThat(preview.get("k").asLong()).isEqualTo(6);
        assertThat(preview.get("columns").values()).extracting(JsonNode::asString)
                .containsExactly("melder", "postcode", "datum", "categorie", "x", "y");

        var applied = admin().postJson("/v1/datasets/" + id + "/anonymisation/apply", Map.of());
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(202);
        String copy = json(applied).get("copy").asString();
        assertThat(admin().awaitJob(json(applied).get("jobId").asString()).get("status").asString())
                .isEqualTo("succeeded");

        JsonNode copyDataset = json(admin().get("/v1/datasets/" + copy));
        assertThat(copyDataset.get("accessLevel").asString()).isEqualTo("intern");
        assertThat(copyDataset.get("title").asString()).isEqualTo("Meldingen overlast (persoonsgegevens)"
                + " (geanonimiseerd)");
        JsonNode rows = json(admin().get("/v1/datasets/" + copy + "/rows?limit=1000"));
        List<String> fields = rows.get("fields").values().stream().map(f -> f.get("name").asString()).toList();
        assertThat(fields).containsExactly("melder", "postcode", "datum", "categorie", "x", "y");
        assertThat(rows.get("rows").values()).hasSize(38);

        // k counted again from the copy's rows, independently of the engine
        Map<List<String>, Integer> classes = new HashMap<>();
        for (JsonNode row : rows.get("rows").values()) {
            classes.merge(List.of(row.get(1).asString(), row.get(2).asString(), row.get(3).asString()), 1,
                    Integer::sum);
            assertThat(row.get(1).asString()).matches("97[0-9]{2}");
            assertThat(row.get(2).asString()).matches("2024-0[3-5]");
            assertThat(row.get(4).asDouble()).isEqualTo(233_875.0);
            assertThat(row.get(5).asDouble()).isEqualTo(582_125.0);
            assertThat(row.get(0).asString()).matches("[0-9a-f]{64}");
        }
        assertThat(classes).hasSize(3);
        assertThat(classes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5));

        JsonNode source = json(admin().get("/v1/datasets/" + id + "/rows?limit=1"));
        assertThat(source.get("fields").values()).extracting(f -> f.get("name").asString()).contains("naam", "email");
        assertThat(json(admin().get("/v1/datasets/" + id)).get("accessLevel").asString()).isEqualTo("intern");
        assertThat(json(admin().get("/v1/datasets/" + id + "/anonymisation")).get("copies").get(0).get("copy")
                .asString()).isEqualTo(copy);
        assertThat(json(admin().get("/v1/datasets/" + copy + "/anonymisation")).get("sourceOf").get("id")
                .asString()).isEqualTo(id);

        // applied again: a new version of the same copy
        var again = admin().postJson("/v1/datasets/" + id + "/anonymisation/apply", Map.of());
        assertThat(json(again).get("copy").asString()).isEqualTo(copy);
        admin().awaitJob(json(again).get("jobId").asString());
        assertThat(json(admin().get("/v1/datasets/" + copy + "/versions")).values()).hasSize(2);

        reidentification(id, copy, rows);
    }

    /**
     * Issue 9, must-show 2: the nuisance reports cannot be published, neither can their anonymised copy without an
     * approved assessment; with one it can, and k is counted again from what the public downloads.
     */
    @Test
    void personalDataIsPublishedOnlyAsAnAnonymisedCopyAfterAnApprovedAssessment() {
        String id = reports();
        JsonNode findings = admin().awaitPrivacyScan(id);
        assertThat(findings.get("findings").findValuesAsString("detector")).contains("person-name", "email");

        var refused = admin().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"openbaar\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).get("reasons").findValuesAsString("code"))
                .containsExactly("privacy.gate.findings", "privacy.gate.assessment");
        assertThat(json(admin().get("/v1/datasets/" + id)).get("accessLevel").asString()).isEqualTo("intern");

        admin().putJson("/v1/datasets/" + id + "/anonymisation", plan(PLAN));
        var applied = admin().postJson("/v1/datasets/" + id + "/anonymisation/apply", Map.of());
        String copy = json(applied).get("copy").asString();
        assertThat(admin().awaitJob(json(applied).get("jobId").asString()).get("status").asString())
                .isEqualTo("succeeded");
        // the copy scans clean: no value matches a detector (the pseudonymised field's name alone is a review hint)
        assertThat(admin().awaitPrivacyScan(copy).get("findings").values())
                .allSatisfy(finding -> assertThat(finding.get("count").asLong()).as(finding.toString()).isZero());
        var unassessed = admin().patchMerge("/v1/datasets/" + copy, "{\"accessLevel\": \"openbaar\"}");
        assertThat(unassessed.statusCode()).as(unassessed.body()).isEqualTo(409);
        assertThat(json(unassessed).get("reasons").findValuesAsString("code"))
                .containsExactly("privacy.gate.assessment");

        // a DPIA pre-scan of the copy, submitted by its steward and approved by the functionaris gegevensbescherming
        TestAccounts.Account officer = accounts().create("fg-publicatie", "functionaris-gegevensbescherming");
        String assessment = json(admin().postJson("/v1/assessments", Map.of("kind", "dpia-prescan", "title",
                "Voortoets meldingen overlast (geanonimiseerd)", "datasets", List.of(copy)))).get("id").asString();
        Map<String, String> answers = new HashMap<>();
        questionnaires.find("dpia-prescan", 1).orElseThrow().questions().stream()
                .filter(q -> q.type().equals(Questionnaire.YES_NO)).forEach(q -> answers.put(q.id(), "no"));
        assertThat(admin().patchMerge("/v1/assessments/" + assessment, tools.jackson.databind.json.JsonMapper
                .builder().build().writeValueAsString(Map.of("answers", answers))).statusCode()).isEqualTo(200);
        assertThat(admin().postJson("/v1/assessments/" + assessment + "/submit", Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(officer.api("write").postJson("/v1/assessments/" + assessment + "/approve", Map.of("note",
                "geanonimiseerd, k = 5")).statusCode()).isEqualTo(200);

        var published = admin().patchMerge("/v1/datasets/" + copy, "{\"accessLevel\": \"openbaar\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(admin().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"openbaar\"}").statusCode())
                .as("the original stays unpublishable").isEqualTo(409);

        // k counted independently from the rows the public now reads
        JsonNode rows = json(anonymous().get("/v1/datasets/" + copy + "/rows?limit=1000"));
        Map<List<String>, Integer> classes = new HashMap<>();
        for (JsonNode row : rows.get("rows").values()) {
            classes.merge(List.of(row.get(1).asString(), row.get(2).asString(), row.get(3).asString()), 1,
                    Integer::sum);
        }
        assertThat(classes).isNotEmpty();
        assertThat(classes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5));
        assertThat(rows.toString()).doesNotContain("Persoon ", "@voorbeeld.nl");
        assertThat(anonymous().get("/v1/datasets/" + id + "/rows").statusCode()).isEqualTo(404);
    }

    /** The FG asks which pseudonym a reporter id has, with a reason; a medewerker may not; the log keeps no value. */
    private void reidentification(String id, String copy, JsonNode rows) {
        var fg = accounts().create("fg", "functionaris-gegevensbescherming").api();
        var staff = accounts().create("analist", "medewerker").api();
        Map<String, String> question = new LinkedHashMap<>(Map.of("field", "melder", "value", "M-7",
                "reason", "Verzoek betrokkene zaak 2026-118"));

        var answer = fg.postJson("/v1/datasets/" + copy + "/anonymisation/pseudonym", question);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String pseudonym = json(answer).get("pseudonym").asString();
        List<String> matching = new ArrayList<>();
        rows.get("rows").values().forEach(r -> {
            if (r.get(0).asString().equals(pseudonym)) {
                matching.add(r.get(1).asString());
            }
        });
        assertThat(matching).as("M-7 is in the first class").containsExactly("9711");
        question.put("pseudonym", pseudonym);
        assertThat(json(fg.postJson("/v1/datasets/" + id + "/anonymisation/pseudonym", question)).get("matches")
                .asBoolean()).isTrue();

        assertThat(staff.postJson("/v1/datasets/" + copy + "/anonymisation/pseudonym", question).statusCode())
                .isEqualTo(403);
        var noReason = fg.postJson("/v1/datasets/" + copy + "/anonymisation/pseudonym", Map.of("field", "melder",
                "value", "M-7", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(fg.postJson("/v1/datasets/" + copy + "/anonymisation/pseudonym", Map.of("field", "postcode",
                "value", "9711", "reason", "test")).statusCode()).as("not a pseudonymised field").isEqualTo(400);

        String log = admin().get("/v1/audit?format=jsonl").body();
        assertThat(log).contains("privacy.re-identify", "Verzoek betrokkene zaak 2026-118",
                "privacy.anonymisation-plan", "privacy.anonymisation-apply");
        assertThat(log).doesNotContain("M-7", pseudonym);
    }

    @Test
    void aPlanThatDoesNotFitIsRefusedWithTheFieldNamed() {
        String id = reports();

        var unknown = admin().putJson("/v1/datasets/" + id + "/anonymisation", plan("""
                {"operations": [{"field": "geboortedatum", "operation": "date-year"}]}"""));
        var wrongType = admin().putJson("/v1/datasets/" + id + "/anonymisation", plan("""
                {"operations": [{"field": "categorie", "operation": "age-band", "bounds": [0, 18]}]}"""));
        var noPlan = admin().postJson("/v1/datasets/" + id + "/anonymisation/apply", Map.of());

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("details").get("problem").asString()).isEqualTo("field-unknown");
        assertThat(json(unknown).get("detail").asString()).contains("het veld geboortedatum bestaat niet");
        assertThat(json(wrongType).get("details").get("field").asString()).isEqualTo("categorie");
        assertThat(noPlan.statusCode()).isEqualTo(409);
        assertThat(admin().inLanguage("en").postJson("/v1/datasets/" + id + "/anonymisation/preview", Map.of())
                .body()).contains("no anonymisation plan");
    }

    @Test
    void theStewardPreviewsThePlanOnThePage() {
        String id = reports();
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        String path = "/datasets/" + id + "/anonimisering";
        assertThat(browser.get(path).body()).contains("Bewerking per veld", "Quasi-identificatoren");

        Map<String, String> form = new LinkedHashMap<>();
        String[] names = {"naam", "email", "melder", "postcode", "datum", "categorie", "x", "y"};
        for (int i = 0; i < names.length; i++) {
            form.put("field." + i, names[i]);
        }
        form.putAll(Map.of("op.0", "drop", "op.1", "drop", "op.3", "postcode-pc4", "op.4", "date-month",
                "op.6", "grid-cell", "yField.6", "y", "epsg.6", "28992", "size.6", "250"));
        form.putAll(Map.of("quasiIdentifiers", "postcode, datum, categorie", "k", "5", "action", "preview"));
        var page = browser.submitFormFrom(path, path, form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Voorbeeld van het resultaat", "id=\"anon-k\">6<",
                "id=\"anon-suppressed\">2 (");
        assertThat(json(admin().get("/v1/datasets/" + id + "/anonymisation")).get("plan").isNull())
                .as("a preview saves nothing").isTrue();
        assertThat(browser.get(path + "?lang=en").body()).contains("Operation per field", "Quasi-identifiers",
                "<label", "<caption");
    }
}
