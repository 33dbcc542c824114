// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.TestAccounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The processing register (AVG art. 30) through the real application: the VNG-shaped JSON, the CSV export, the
 * public page, what the public does not see, and who may change it.
 */
class ProcessingRegisterIT extends nl.datakraam.support.PlatformIT {

    @Test
    void thePublicReadsOnlyPublicActivitiesWithoutContactAndSecurityInJsonCsvAndThePage() throws Exception {
        TestAccounts.Account officer = accounts().create("fg-v", "functionaris-gegevensbescherming");
        ApiClient fg = officer.api();
        String unique = Long.toString(System.nanoTime(), 36);
        Map<String, Object> open = activity("Subsidieverlening " + unique, true);
        HttpResponse<String> created = fg.postJson("/v1/verwerkingsactiviteiten", open);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        Map<String, Object> closed = activity("Personeelsdossier " + unique, false);
        String hidden = ApiClient.json(accounts().create("de-v", "data-eigenaar").api()
                .postJson("/v1/verwerkingsactiviteiten", closed)).get("id").asString();

        JsonNode staffList = ApiClient.json(accounts().create("mw-v", "medewerker").api()
                .get("/v1/verwerkingsactiviteiten"));
        assertThat(staffList.get("results").toString()).contains(id, hidden, "Beveiligd met 2FA");

        JsonNode list = ApiClient.json(anonymous().get("/v1/verwerkingsactiviteiten"));
        assertThat(list.has("count") && list.has("next") && list.has("previous")).as("the VAR API's list").isTrue();
        assertThat(list.get("results").toString()).contains(id).doesNotContain(hidden);
        JsonNode one = ApiClient.json(anonymous().get("/v1/verwerkingsactiviteiten/" + id));
        assertThat(one.get("naam").asString()).isEqualTo("Subsidieverlening " + unique);
        assertThat(one.get("grondslag").asString()).isEqualTo("Publieke taak");
        assertThat(one.get("avgArtikel").asString()).isEqualTo("6 lid 1 onder e");
        assertThat(one.get("bewaartermijnDuur").asString()).isEqualTo("P7Y");
        assertThat(one.get("bijzondereCategorieenPersoonsgegevens").toString()).contains("gezondheid");
        assertThat(one.get("contactgegevens").isNull()).isTrue();
        assertThat(one.get("beveiligingsmaatregelen").isNull()).isTrue();
        assertThat(anonymous().get("/v1/verwerkingsactiviteiten/" + hidden).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> csv = anonymous().getBytes("/v1/verwerkingsactiviteiten?format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv")
                .contains("UTF-8");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactly("id", "naam", "categorie", "doel", "grondslag",
                    "grondslagCode", "avgArtikel", "toelichtingGrondslag", "verantwoordelijkeOrganisatie",
                    "contactgegevens", "categorieenBetrokkenen", "categorieenPersoonsgegevens",
                    "bijzondereCategorieenPersoonsgegevens", "afnemendeCategorieOntvangers",
                    "afnemendeInternationaleDerden", "herkomst", "bewaartermijn", "bewaartermijnDuur",
                    "beveiligingsmaatregelen", "openbaar", "datasets");
            List<CSVRecord> rows = parser.getRecords();
            CSVRecord row = rows.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
            assertThat(row.get("doel")).isEqualTo("Subsidies verlenen, ook \"snel\", en uitbetalen; één loket");
            assertThat(row.get("categorieenBetrokkenen")).isEqualTo("aanvragers | contactpersonen");
            assertThat(row.get("grondslagCode")).isEqualTo("publieke-taak");
            assertThat(row.get("contactgegevens")).isEmpty();
            assertThat(row.get("beveiligingsmaatregelen")).isEmpty();
            assertThat(rows).noneMatch(r -> r.get("id").equals(hidden));
        }

        String page = anonymous().get("/privacy/verwerkingsregister").body();
        assertThat(page).contains("Subsidieverlening " + unique, "<caption").doesNotContain("Personeelsdossier "
                + unique);
        assertThat(anonymous().get("/privacy/verwerkingsregister/" + id).body()).contains("Publieke taak")
                .doesNotContain("Beveiligd met 2FA", "fg@provincie.example");
        assertThat(anonymous().get("/privacy/verwerkingsregister?lang=en").body()).contains("Processing register");
        assertThat(anonymous().get("/v1/openapi.json").body()).contains("\"/v1/verwerkingsactiviteiten\"",
                "\"/v1/assessments/{id}/approve\"", "\"/v1/retention/deletions\"");
    }

    @Test
    void onlyStewardsAdministratorsAndTheOfficerChangeTheRegisterAndBadValuesAreNamed() {
        Map<String, Object> body = activity("Niet door een medewerker", true);
        assertThat(accounts().create("mw-w", "medewerker").browser().submitFormFrom("/privacy/verwerkingsregister",
                "/privacy/verwerkingsregister", Map.of("naam", "x")).statusCode()).isEqualTo(403);
        assertThat(accounts().create("mw-w", "medewerker").api().postJson("/v1/verwerkingsactiviteiten",
                body).statusCode()).isEqualTo(403);
        assertThat(anonymous().postJson("/v1/verwerkingsactiviteiten", body).statusCode()).isEqualTo(401);

        Map<String, Object> bad = new LinkedHashMap<>(body);
        bad.put("grondslag", "omdat het kan");
        HttpResponse<String> refused = admin().postJson("/v1/verwerkingsactiviteiten", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused).get("code").asString()).isEqualTo("privacy.processing.invalid");
        assertThat(refused.body()).contains("grondslag", "publieke-taak");
        bad.put("grondslag", "publieke-taak");
        bad.put("bewaartermijnDuur", "7 jaar");
        assertThat(admin().postJson("/v1/verwerkingsactiviteiten", bad).body()).contains("bewaartermijnDuur");

        String id = ApiClient.json(admin().postJson("/v1/verwerkingsactiviteiten", body)).get("id").asString();
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put("naam", "Gewijzigd");
        HttpResponse<String> put = admin().putJson("/v1/verwerkingsactiviteiten/" + id, changed);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(ApiClient.json(anonymous().get("/v1/verwerkingsactiviteiten/" + id)).get("naam").asString())
                .isEqualTo("Gewijzigd");

        BrowserSession browser = accounts().create("de-f", "data-eigenaar").browser();
        HttpResponse<String> missing = browser.submitFormFrom("/privacy/verwerkingsregister/nieuw",
                "/privacy/verwerkingsregister", Map.of("naam", "Zonder doel", "grondslag", "publieke-taak",
                        "verantwoordelijkeOrganisatie", "Provincie"));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("id=\"error-summary\"", "href=\"#f-doel\"");
    }

    private static Map<String, Object> activity(String name, boolean open) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("naam", name);
        a.put("categorie", "Subsidies");
        a.put("doel", "Subsidies verlenen, ook \"snel\", en uitbetalen; één loket");
        a.put("grondslag", "publieke-taak");
        a.put("toelichtingGrondslag", "Algemene subsidieverordening");
        a.put("verantwoordelijkeOrganisatie", "Gedeputeerde Staten");
        a.put("contactgegevens", "fg@provincie.example");
        a.put("categorieenBetrokkenen", List.of("aanvragers", "contactpersonen"));
        a.put("categorieenPersoonsgegevens", List.of("naam", "IBAN"));
        a.put("bijzondereCategorieenPersoonsgegevens", List.of("gezondheid"));
        a.put("afnemendeCategorieOntvangers", List.of("Belastingdienst"));
        a.put("bewaartermijn", "7 jaar na de laatste betaling");
        a.put("bewaartermijnDuur", "P7Y");
        a.put("beveiligingsmaatregelen", "Beveiligd met 2FA");
        a.put("openbaar", open);
        return a;
    }
}
