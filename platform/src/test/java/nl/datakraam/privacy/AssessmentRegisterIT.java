// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.access.AuditEntry;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The assessment register (issue 9) through the real application: the workflow draft → submitted → approved |
 * rejected with its role rules (only a functionaris gegevensbescherming who did not submit it decides; drafts are
 * their creator's), the pre-scan outcome, {@link Assessments#approvedFor}, questionnaire versions, the initiatives'
 * indicator, the audit trail and the pages.
 */
class AssessmentRegisterIT extends PlatformIT {

    @Autowired
    Assessments assessments;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    AuditLog audit;

    @Test
    void aPrescanGoesFromDraftToApprovedOnlyByTheOfficerAndThenClearsItsDataset() {
        TestAccounts accounts = accounts();
        TestAccounts.Account author = accounts.create("toets-auteur", "data-eigenaar");
        TestAccounts.Account colleague = accounts.create("collega", "medewerker");
        TestAccounts.Account officer = accounts.create("fg", "functionaris-gegevensbescherming");
        TestAccounts.Account partner = accounts.create("partner-x", List.of("partner"), List.of(), "org-x");
        ApiClient authorApi = author.api();
        String dataset = dataset("Meldingen voor de voortoets");

        HttpResponse<String> created = authorApi.postJson("/v1/assessments", Map.of("kind", "dpia-prescan",
                "title", "Voortoets meldingen-app", "datasets", List.of(dataset)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = ApiClient.json(created);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("questionnaireId").asString()).isEqualTo("dpia-prescan");
        assertThat(draft.get("questionnaireVersion").asInt()).isEqualTo(1);
        assertThat(assessments.approvedFor(DatasetId.parse(dataset))).isFalse();

        // a draft is its author's: a colleague gets 404 and does not see it listed; partners and the public none
        assertThat(colleague.api().get("/v1/assessments/" + id).statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(colleague.api().get("/v1/assessments")).get("items").toString()).doesNotContain(id);
        assertThat(anonymous().get("/v1/assessments").statusCode()).isEqualTo(401);
        assertThat(anonymous().get("/v1/assessments/" + id).statusCode()).isEqualTo(401);
        assertThat(partner.api().get("/v1/assessments").statusCode()).isEqualTo(403);

        // submitting with questions open says which
        HttpResponse<String> early = authorApi.postJson("/v1/assessments/" + id + "/submit", Map.of());
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(early).get("code").asString()).isEqualTo("privacy.assessment.invalid");
        assertThat(early.body()).contains("ap-17", "edpb-9").doesNotContain("toelichting");

        // one WP 248 criterion alone: no DPIA required
        Map<String, String> answers = allNo();
        answers.put("edpb-5", "yes");
        HttpResponse<String> answered = authorApi.patchMerge("/v1/assessments/" + id, json(Map.of("answers",
                answers)));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(ApiClient.json(answered).get("prescan").get("dpiaRequired").asBoolean()).isFalse();
        HttpResponse<String> submitted = authorApi.postJson("/v1/assessments/" + id + "/submit", Map.of());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(ApiClient.json(submitted).get("status").asString()).isEqualTo("submitted");
        assertThat(ApiClient.json(submitted).get("outcome").asString()).isEqualTo("no-dpia-required");
        assertThat(colleague.api().get("/v1/assessments/" + id).statusCode()).as("submitted: staff see it")
                .isEqualTo(200);

        // submitted: no more changes; the author cannot decide, nor can a beheerder who is not the officer
        assertThat(authorApi.patchMerge("/v1/assessments/" + id, "{\"title\":\"x\"}").statusCode()).isEqualTo(409);
        assertThat(authorApi.postJson("/v1/assessments/" + id + "/approve", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin().postJson("/v1/assessments/" + id + "/approve", Map.of()).statusCode()).isEqualTo(403);
        assertThat(assessments.approvedFor(DatasetId.parse(dataset))).isFalse();

        HttpResponse<String> approved = officer.api("write").postJson("/v1/assessments/" + id + "/approve",
                Map.of("note", "akkoord"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(ApiClient.json(approved).get("status").asString()).isEqualTo("approved");
        assertThat(ApiClient.json(approved).get("decidedBy").asString()).isEqualTo(officer.id());
        assertThat(assessments.approvedFor(DatasetId.parse(dataset))).isTrue();
        assertThat(officer.api("write").postJson("/v1/assessments/" + id + "/reject", Map.of("reason", "toch niet"))
                .statusCode()).as("approved is final").isEqualTo(409);
        assertThat(ApiClient.json(officer.api("write").postJson("/v1/assessments/" + id + "/approve", Map.of()))
                .get("detail").asString()).isEqualTo("Een toets die is goedgekeurd kan niet worden goedgekeurd.");

        List<String> actions = audit.latest(Caller.administrator("test"), null, null, 200, 0).stream()
                .filter(e -> e.details().contains(id)).map(AuditEntry::action).toList();
        assertThat(actions).contains("assessment.create", "assessment.revise", "assessment.submit",
                "assessment.approve");
    }

    @Test
    void thePrescanRequiresADpiaForOneListedKindOrTwoCriteriaAndAnApprovedOneDoesNotClearTheDataset() {
        ApiClient author = accounts().create("voortoets", "data-eigenaar").api();
        TestAccounts.Account officer = accounts().create("fg-b", "functionaris-gegevensbescherming");
        String dataset = dataset("Camerabeelden");
        String id = ApiClient.json(author.postJson("/v1/assessments", Map.of("kind", "dpia-prescan", "title",
                "Cameratoezicht", "datasets", List.of(dataset)))).get("id").asString();
        Map<String, String> answers = allNo();
        answers.put("ap-09", "yes");
        answers.put("edpb-3", "yes");
        JsonNode outcome = ApiClient.json(author.patchMerge("/v1/assessments/" + id, json(Map.of("answers",
                answers)))).get("prescan");
        assertThat(outcome.get("dpiaRequired").asBoolean()).isTrue();
        assertThat(outcome.get("apList").toString()).contains("ap-09");
        author.postJson("/v1/assessments/" + id + "/submit", Map.of());
        officer.api("write").postJson("/v1/assessments/" + id + "/approve", Map.of());
        assertThat(ApiClient.json(author.get("/v1/assessments/" + id)).get("outcome").asString())
                .isEqualTo("dpia-required");
        assertThat(assessments.approvedFor(DatasetId.parse(dataset)))
                .as("an approved pre-scan that requires a DPIA does not clear the dataset; the DPIA does").isFalse();
    }

    @Test
    void aRejectedClassificationIsRevisedAndSubmittedAgainAndTheOfficerCannotDecideOnHerOwn() {
        TestAccounts.Account officer = accounts().create("fg-c", "functionaris-gegevensbescherming");
        TestAccounts.Account author = accounts().create("bio-auteur", "data-eigenaar");
        ApiClient api = author.api();
        String id = ApiClient.json(api.postJson("/v1/assessments", Map.of("kind", "bio", "title", "BIO subsidies",
                "answers", bio("BBN2")))).get("id").asString();
        assertThat(api.postJson("/v1/assessments/" + id + "/submit", Map.of()).statusCode()).isEqualTo(200);

        ApiClient fg = officer.api("write");
        HttpResponse<String> noReason = fg.postJson("/v1/assessments/" + id + "/reject", Map.of());
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noReason).get("code").asString()).isEqualTo("privacy.assessment.invalid");
        assertThat(fg.postJson("/v1/assessments/" + id + "/reject", Map.of("reason", "vertrouwelijkheid te laag"))
                .statusCode()).isEqualTo(200);
        JsonNode rejected = ApiClient.json(api.get("/v1/assessments/" + id));
        assertThat(rejected.get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.get("decisionReason").asString()).isEqualTo("vertrouwelijkheid te laag");

        assertThat(api.patchMerge("/v1/assessments/" + id, json(Map.of("answers", Map.of("vertrouwelijkheid",
                "BBN3")))).statusCode()).isEqualTo(200);
        JsonNode again = ApiClient.json(api.postJson("/v1/assessments/" + id + "/submit", Map.of()));
        assertThat(again.get("status").asString()).isEqualTo("submitted");
        assertThat(again.get("outcome").asString()).as("the highest of the three levels").isEqualTo("BBN3");
        assertThat(fg.postJson("/v1/assessments/" + id + "/approve", Map.of()).statusCode()).isEqualTo(200);

        // the officer's own assessment needs another officer
        String own = ApiClient.json(fg.postJson("/v1/assessments", Map.of("kind", "bio", "title", "Eigen",
                "answers", bio("BBN1")))).get("id").asString();
        fg.postJson("/v1/assessments/" + own + "/submit", Map.of());
        HttpResponse<String> self = fg.postJson("/v1/assessments/" + own + "/approve", Map.of());
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(accounts().create("fg-d", "functionaris-gegevensbescherming").api("write")
                .postJson("/v1/assessments/" + own + "/approve", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewQuestionnaireVersionLeavesAssessmentsAnsweredAgainstTheOldOneAsTheyWere() throws Exception {
        ApiClient api = accounts().create("ethiek", "data-eigenaar").api();
        Map<String, String> answers = ethics();
        String old = ApiClient.json(api.postJson("/v1/assessments", Map.of("kind", "ethics", "title",
                "Algoritme v1", "answers", answers))).get("id").asString();

        Path v2 = questionnaireDirectory().resolve("ethics-v2.json");
        Files.createDirectories(v2.getParent());
        String text = new String(getClass().getResourceAsStream("/privacy/questionnaires/ethics-v1.json")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replace("\"version\": 1", "\"version\": 2")
                .replace("\"id\": \"w-aanleiding\"", "\"id\": \"w-aanleiding-v2\"");
        Files.writeString(v2, text);
        try {
            JsonNode fresh = ApiClient.json(api.postJson("/v1/assessments", Map.of("kind", "ethics", "title",
                    "Algoritme v2")));
            assertThat(fresh.get("questionnaireVersion").asInt()).isEqualTo(2);

            JsonNode kept = ApiClient.json(api.get("/v1/assessments/" + old));
            assertThat(kept.get("questionnaireVersion").asInt()).isEqualTo(1);
            assertThat(kept.get("answers").get("w-aanleiding").asString()).isEqualTo(answers.get("w-aanleiding"));
            HttpResponse<String> submitted = api.postJson("/v1/assessments/" + old + "/submit", Map.of());
            assertThat(submitted.statusCode()).as("complete against v1: " + submitted.body()).isEqualTo(200);
            assertThat(api.patchMerge("/v1/assessments/" + fresh.get("id").asString(), json(Map.of("answers",
                    Map.of("w-aanleiding", "x")))).statusCode()).as("v1's question is not one of v2")
                    .isEqualTo(400);
            assertThat(anonymous().get("/v1/questionnaires/ethics/1").statusCode()).isEqualTo(200);
        } finally {
            Files.deleteIfExists(v2);
        }
    }

    @Test
    void theIndicatorCountsInitiativesWithAnApprovedAssessment() {
        TestAccounts.Account steward = accounts().create("initiatief", "data-eigenaar");
        TestAccounts.Account officer = accounts().create("fg-e", "functionaris-gegevensbescherming");
        JsonNode before = ApiClient.json(anonymous().get("/v1/initiatives/indicator"));
        HttpResponse<String> made = steward.api().postJson("/v1/initiatives", Map.of("name", "Participatie-app",
                "description", "Inwoners denken mee", "ownerOrganisation", "Provincie Utrecht"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String initiative = ApiClient.json(made).get("id").asString();
        steward.api().postJson("/v1/initiatives", Map.of("name", "Nog niet getoetst", "ownerOrganisation", "GS"));
        JsonNode mid = ApiClient.json(anonymous().get("/v1/initiatives/indicator"));
        assertThat(mid.get("total").asLong()).isEqualTo(before.get("total").asLong() + 2);
        assertThat(mid.get("assessed").asLong()).isEqualTo(before.get("assessed").asLong());

        String id = ApiClient.json(steward.api().postJson("/v1/assessments", Map.of("kind", "bio", "title",
                "BIO participatie", "initiative", initiative, "answers", bio("BBN1")))).get("id").asString();
        steward.api().postJson("/v1/assessments/" + id + "/submit", Map.of());
        officer.api("write").postJson("/v1/assessments/" + id + "/approve", Map.of());
        JsonNode after = ApiClient.json(anonymous().get("/v1/initiatives/indicator"));
        assertThat(after.get("assessed").asLong()).isEqualTo(before.get("assessed").asLong() + 1);
        assertThat(after.get("total").asLong()).isEqualTo(mid.get("total").asLong());
        assertThat(accounts().create("mw-i", "medewerker").browser().submitFormFrom("/privacy/initiatieven",
                "/privacy/initiatieven", Map.of("name", "x", "ownerOrganisation", "y")).statusCode()).isEqualTo(403);
    }

    @Test
    void thePagesAnswerSubmitAndDecideWithAnErrorSummaryForWhatIsMissing() {
        TestAccounts.Account author = accounts().create("pagina", "medewerker");
        TestAccounts.Account officer = accounts().create("fg-p", "functionaris-gegevensbescherming");
        BrowserSession browser = author.browser();
        assertThat(browser.get("/privacy").body()).as("a medewerker sees the overview but has no nav link")
                .contains("id=\"indicator\"").doesNotContain("href=\"/privacy\">Privacy");
        HttpResponse<String> created = browser.submitFormFrom("/privacy/toetsen/nieuw", "/privacy/toetsen",
                Map.of("kind", "bio", "title", "BIO via de pagina"));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        String detail = browser.get(page).body();
        assertThat(detail).contains("for=\"q-beschikbaarheid-onderbouwing\"", "bio v1");

        HttpResponse<String> incomplete = browser.submitFormFrom(page, page, Map.of("title", "BIO via de pagina",
                "q.beschikbaarheid", "BBN2", "action", "submit"));
        assertThat(incomplete.statusCode()).isEqualTo(200);
        assertThat(incomplete.body()).contains("id=\"error-summary\"", "href=\"#q-integriteit\"");

        Map<String, String> form = new HashMap<>();
        form.put("title", "BIO via de pagina");
        bio("BBN2").forEach((k, v) -> form.put("q." + k, v));
        form.put("action", "submit");
        assertThat(browser.submitFormFrom(page, page, form).statusCode()).isEqualTo(302);
        assertThat(browser.get(page).body()).contains("ingediend").doesNotContain("id=\"decide\"");

        BrowserSession fg = officer.browser();
        assertThat(fg.get(page).body()).contains("id=\"decide\"");
        HttpResponse<String> noReason = fg.submitFormFrom(page, page + "/afwijzen", Map.of("reason", ""));
        assertThat(noReason.body()).contains("id=\"error-summary\"", "href=\"#f-reason\"");
        assertThat(fg.submitFormFrom(page, page + "/goedkeuren", Map.of()).statusCode()).isEqualTo(302);
        assertThat(fg.get(page + "?lang=en").body()).contains("approved", "href=\"/privacy\">Privacy");
        assertThat(anonymous().get("/privacy").statusCode()).isIn(401, 302);
    }

    private String dataset(String title) {
        JsonNode job = admin().importFile(Fixtures.file("meldingen.csv", "categorie;aantal\ngeluid;3\nafval;5\n",
                StandardCharsets.UTF_8), title, "intern");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return job.get("subjectId").asString();
    }

    private Map<String, String> allNo() {
        Map<String, String> answers = new HashMap<>();
        questionnaires.find("dpia-prescan", 1).orElseThrow().questions().stream()
                .filter(q -> q.type().equals(Questionnaire.YES_NO)).forEach(q -> answers.put(q.id(), "no"));
        return answers;
    }

    private static Map<String, String> bio(String level) {
        return Map.of("beschikbaarheid", "BBN1", "beschikbaarheid-onderbouwing", "een dag uitval is te overzien",
                "integriteit", level, "integriteit-onderbouwing", "bedragen moeten kloppen", "vertrouwelijkheid",
                "BBN1", "vertrouwelijkheid-onderbouwing", "openbare subsidiegegevens");
    }

    private static Map<String, String> ethics() {
        Map<String, String> answers = new HashMap<>();
        for (String id : List.of("w-aanleiding", "w-doel", "w-grondslag", "w-verantwoordelijk", "d-gegevens",
                "d-type", "d-juistheid", "h-besluiten", "h-effecten", "h-transparantie", "g-afweging")) {
            answers.put(id, "antwoord op " + id);
        }
        answers.put("d-bias", "no");
        answers.put("g-geraakt", "yes");
        answers.put("g-conclusie", "inzetten");
        return answers;
    }

    private static String json(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }
}
