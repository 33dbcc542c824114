// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The publication gate (issue 9): every {@link PublicationCheck} bean is asked before a dataset becomes
 * {@code openbaar} or is shared with a partner organisation, and any reason refuses the change with 409, listing all
 * reasons of all checks in the reader's language, and changing nothing. The two checks here are real beans of the
 * SPI (the gate is what is tested); they object only to datasets whose title starts with {@value #BLOCKED}, so that
 * the catalogue's other datasets pass.
 */
@Import(PublicationGateIT.Checks.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublicationGateIT extends PlatformIT {

    static final String BLOCKED = "Poorttest";

    @TestConfiguration(proxyBeanMethods = false)
    static class Checks {

        /** Two reasons, as a personal-data check would give them. */
        @Bean
        PublicationCheck findingsCheck() {
            return (dataset, target) -> !dataset.title().startsWith(BLOCKED) ? List.of() : List.of(
                    reason("privacy.gate.findings", Map.of("count", 2, "detectors", List.of("email", "person-name"),
                            "fields", List.of("melder", "email")), "2 findings"),
                    reason("privacy.gate.not-scanned", Map.of(), "not scanned"));
        }

        /** A third reason from another check, which also objects to sharing with a partner. */
        @Bean
        PublicationCheck assessmentCheck() {
            return new PublicationCheck() {
                @Override
                public List<GateReason> reasonsAgainst(Dataset dataset, AccessLevel target) {
                    assertThat(target).isEqualTo(AccessLevel.OPENBAAR);
                    return dataset.title().startsWith(BLOCKED) ? List.of(reason("privacy.gate.assessment",
                            Map.of("source", "none"), "no assessment")) : List.of();
                }

                @Override
                public List<GateReason> reasonsAgainstSharing(Dataset dataset, List<String> organisations) {
                    assertThat(organisations).containsExactly("gemeente-partner");
                    return reasonsAgainst(dataset, AccessLevel.OPENBAAR);
                }
            };
        }

        private static GateReason reason(String code, Map<String, Object> arguments, String english) {
            return new GateReason(code, new Message(code, arguments, english),
                    new Message(code + ".action", Map.of(), "do something"));
        }
    }

    private String dataset(String title) {
        var file = Fixtures.file("meldingen.csv", "wijk;aantal\nCentrum;4\n", StandardCharsets.UTF_8);
        String id = admin().importFile(file, title, "intern").get("subjectId").asString();
        // the real privacy check (issue 9) is asked too: once scanned, this data gives it no reason
        admin().awaitPrivacyScan(id);
        return id;
    }

    @Test
    void aPatchToOpenbaarIsRefusedWithEveryReasonOfEveryCheckAndChangesNothing() {
        String id = dataset(BLOCKED + " meldingen");

        var dutch = admin().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"openbaar\", \"title\": \""
                + BLOCKED + " hernoemd\"}");
        var english = admin().inLanguage("en").patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"openbaar\"}");

        assertThat(dutch.statusCode()).as(dutch.body()).isEqualTo(409);
        assertThat(dutch.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(dutch);
        assertThat(problem.get("code").asString()).isEqualTo("dataset.publication-refused");
        assertThat(problem.get("detail").asString()).contains("kan nog niet openbaar worden gemaakt", "3 redenen",
                "Er is niets gewijzigd");
        assertThat(problem.get("reasons").values()).extracting(r -> r.get("code").asString()).containsExactly(
                "privacy.gate.findings", "privacy.gate.not-scanned", "privacy.gate.assessment");
        assertThat(problem.get("reasons").get(0).get("message").asString()).isEqualTo("De huidige versie heeft 2"
                + " onbehandelde vondsten van persoonsgegevens (email, person-name) in de velden melder, email.");
        assertThat(problem.get("reasons").get(0).get("action").asString()).startsWith("Anonimiseer de dataset");
        JsonNode inEnglish = json(english);
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(inEnglish.get("detail").asString()).contains("cannot be made public (openbaar) yet: 3 reasons");
        assertThat(inEnglish.get("reasons").get(2).get("message").asString()).isEqualTo("No approved privacy"
                + " assessment (DPIA pre-scan or DPIA) is linked to this dataset.");
        assertThat(inEnglish.get("reasons").get(2).get("action").asString()).startsWith("Link an assessment");

        JsonNode after = json(admin().get("/v1/datasets/" + id));
        assertThat(after.get("accessLevel").asString()).isEqualTo("intern");
        assertThat(after.get("title").asString()).as("the whole patch is refused").isEqualTo(BLOCKED + " meldingen");
        assertThat(anonymous().get("/v1/datasets/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void withNoReasonTheChangeGoesThrough() {
        String id = dataset("Vrij te publiceren meldingen");

        var response = admin().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"openbaar\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(anonymous().get("/v1/datasets/" + id)).get("accessLevel").asString()).isEqualTo("openbaar");
    }

    @Test
    void aGrantToAPartnerOrganisationIsGatedButAGroupGrantIsNot() {
        String id = dataset(BLOCKED + " gedeeld");

        var partner = admin().putJson("/v1/datasets/" + id + "/grants", Map.of("grants", List.of(
                Map.of("kind", "organisation", "id", "gemeente-partner"))));
        var group = admin().putJson("/v1/datasets/" + id + "/grants", Map.of("grants", List.of(
                Map.of("kind", "group", "id", "team-water"))));

        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(409);
        assertThat(json(partner).get("detail").asString()).contains("worden gedeeld met een partnerorganisatie");
        assertThat(json(partner).get("reasons").values()).hasSize(3);
        assertThat(group.statusCode()).as(group.body()).isEqualTo(200);
        assertThat(admin().get("/v1/datasets/" + id + "/grants").body()).contains("team-water")
                .doesNotContain("gemeente-partner");
    }

    @Test
    void loweringVertrouwelijkSoThatAPartnersGrantCountsIsGated() {
        String id = dataset(BLOCKED + " vertrouwelijk");
        assertThat(admin().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"vertrouwelijk\"}").statusCode())
                .isEqualTo(200);
        assertThat(admin().putJson("/v1/datasets/" + id + "/grants", Map.of("grants", List.of(
                Map.of("kind", "organisation", "id", "gemeente-partner")))).statusCode())
                .as("an organisation grant does not count for vertrouwelijk").isEqualTo(200);

        var lowered = admin().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"beperkt\"}");

        assertThat(lowered.statusCode()).as(lowered.body()).isEqualTo(409);
        assertThat(json(lowered).get("detail").asString()).contains("worden gedeeld met een partnerorganisatie");
        assertThat(json(admin().get("/v1/datasets/" + id)).get("accessLevel").asString()).isEqualTo("vertrouwelijk");
    }

    @Test
    void aBulkEditIsRefusedWholeWithTheReasonsAgainstEachDataset() {
        String first = dataset(BLOCKED + " bulk een");
        String second = dataset(BLOCKED + " bulk twee");
        String free = dataset("Vrij bulk");

        var response = admin().postJson("/v1/datasets/bulk", Map.of("ids", List.of(free, first, second),
                "set", Map.of("accessLevel", "openbaar")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        JsonNode reasons = json(response).get("reasons");
        assertThat(reasons.values()).hasSize(6);
        assertThat(reasons.values()).extracting(r -> r.get("subject").asString()).containsExactly(
                BLOCKED + " bulk een", BLOCKED + " bulk een", BLOCKED + " bulk een", BLOCKED + " bulk twee",
                BLOCKED + " bulk twee", BLOCKED + " bulk twee");
        for (String id : List.of(first, second, free)) {
            assertThat(json(admin().get("/v1/datasets/" + id)).get("accessLevel").asString()).as("all or none")
                    .isEqualTo("intern");
        }
    }

    @Test
    void theJsonMetadataImportIsGatedToo() {
        String id = dataset(BLOCKED + " import");

        var response = admin().postJson("/v1/datasets/" + id + "/metadata", Map.of("accessLevel", "openbaar"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(json(admin().get("/v1/datasets/" + id)).get("accessLevel").asString()).isEqualTo("intern");
    }

    @Test
    void theMetadataFormShowsEveryReasonBesideTheForm() {
        String id = dataset(BLOCKED + " formulier");
        String slug = json(admin().get("/v1/datasets/" + id)).get("slug").asString();
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);

        var saved = browser.submitFormFrom("/datasets/" + slug, "/datasets/" + id + "/gegevens",
                Map.of("title", BLOCKED + " formulier", "accessLevel", "openbaar"));

        assertThat(saved.statusCode()).isEqualTo(302);
        String page = browser.get("/datasets/" + slug).body();
        assertThat(page).contains("id=\"edit-reasons\"", "kan nog niet openbaar worden gemaakt",
                "De huidige versie is nog niet op persoonsgegevens gecontroleerd.",
                "Koppel een toets in het register van toetsingen");
        assertThat(json(admin().get("/v1/datasets/" + id)).get("accessLevel").asString()).isEqualTo("intern");
    }
}
