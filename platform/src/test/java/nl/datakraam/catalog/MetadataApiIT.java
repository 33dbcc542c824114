// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.DcatApNlShapes;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The metadata model end to end: defaults of the organisation, editing every property over the API with errors that
 * name the field, the DCAT export (Turtle, JSON-LD, JSON) and import, bulk edit, version notes, the readable page
 * address and the form's messages; and that non-public metadata stays hidden (c28).
 */
class MetadataApiIT extends PlatformIT {

    private static final String EU = "http://publications.europa.eu/resource/authority/";

    private String upload(String title, String level) throws Exception {
        var file = Fixtures.file("fietspaden.csv", "gemeente;km\nGroningen;12\nZuidhorn;7\n", StandardCharsets.UTF_8);
        return admin().importFile(file, title, level).get("subjectId").asString();
    }

    @Test
    void aNewDatasetCarriesItsOrganisationsDefaultsAndEveryPropertyCanBeEdited() throws Exception {
        String id = upload("Fietspaden " + Instant.now().toEpochMilli(), "openbaar");
        JsonNode dataset = json(admin().get("/v1/datasets/" + id));
        assertThat(dataset.get("organisation").get("id").asString()).isEqualTo("pv20");
        assertThat(dataset.get("organisation").get("uri").asString())
                .isEqualTo("https://identifier.overheid.nl/tooi/id/provincie/pv20");
        assertThat(dataset.get("slug").asString()).startsWith("fietspaden-");
        assertThat(dataset.get("metadata").get("euThemes").values()).extracting(JsonNode::asString)
                .containsExactly(EU + "data-theme/GOVE");
        assertThat(dataset.get("metadata").get("contactEmail").asString()).isNotBlank();

        var changed = admin().patchMerge("/v1/datasets/" + id, """
                {"euThemes": ["TRAN"], "donlThemes": ["Verkeer_(thema)"], "spatial": ["gm0014", "PV20"],
                 "contactName": "Team Fiets", "contactEmail": "fiets@provinciegroningen.nl", "contactPhone": "+31 50 316 4911",
                 "temporalStart": "2020-01-01", "temporalEnd": "2024-12-31", "landingPage": "https://www.provinciegroningen.nl/fiets",
                 "conformsTo": ["https://docs.geostandaarden.nl/imgeo/"], "provenance": "Geteld door de provincie.",
                 "identifier": "https://data.provinciegroningen.nl/id/fietspaden", "licence": "CC-BY-4.0",
                 "updateFrequency": "ANNUAL", "publisher": "Gemeente Groningen"}""");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = json(changed);
        assertThat(after.get("organisation").get("id").asString()).as("a TOOI name becomes its organisation")
                .isEqualTo("gm0014");
        assertThat(after.get("metadata").get("spatial").values()).extracting(JsonNode::asString)
                .containsExactly("GM0014", "PV20");
        assertThat(after.get("licence").asString()).isEqualTo("http://creativecommons.org/licenses/by/4.0/deed.nl");
        assertThat(after.get("slug").asString()).isEqualTo(dataset.get("slug").asString());

        // every format but Parquet is made on its first download (perhaps by the MQA's URL check meanwhile), and then
        // has a byte size and checksum: make them now, so that both exports below describe the same state
        for (String format : List.of("csv", "csv-excel-nl", "json", "xlsx")) {
            assertThat(anonymous().get("/v1/datasets/" + id + "/download?format=" + format).statusCode()).isEqualTo(200);
        }
        Model rdf = turtle(anonymous().get("/v1/datasets/" + id + "/metadata?format=ttl"));
        assertThat(DcatApNlShapes.standards() == null ? List.of() : DcatApNlShapes.violations(rdf)).isEmpty();
        assertThat(rdf.listObjectsOfProperty(DCTerms.format).toList()).as("CSV twice: plain and for Excel (NL)")
                .extracting(f -> f.asResource().getURI()).containsExactlyInAnyOrder(EU + "file-type/PARQUET",
                        EU + "file-type/CSV", EU + "file-type/JSON", EU + "file-type/XLSX");
        assertThat(rdf.listObjectsOfProperty(DCTerms.language).toList()).singleElement()
                .satisfies(l -> assertThat(l.asResource().getURI()).isEqualTo(EU + "language/NLD"));
        assertThat(rdf.listObjectsOfProperty(DCTerms.identifier).toList()).as("c24: a literal")
                .anySatisfy(i -> assertThat(i.asLiteral().getString())
                        .isEqualTo("https://data.provinciegroningen.nl/id/fietspaden"));
        assertThat(rdf.listObjectsOfProperty(DCAT.mediaType).toList()).allSatisfy(m -> assertThat(m.isURIResource())
                .isTrue());
        var jsonLd = anonymous().get("/v1/datasets/" + id + "/metadata?format=jsonld");
        assertThat(jsonLd.headers().firstValue("Content-Type")).get().asString().startsWith("application/ld+json");
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonLd.body(), Lang.JSONLD).parse(fromJsonLd);
        assertThat(fromJsonLd.isIsomorphicWith(rdf)).isTrue();
    }

    /** A group or organisation without its id or name is refused naming the member, never a 500. */
    @Test
    void aGroupOrOrganisationWithoutIdOrNameNamesTheMissingMember() throws Exception {
        for (String path : List.of("/v1/groups", "/v1/organisations")) {
            for (Map<String, String> body : List.<Map<String, String>>of(Map.of(), Map.of("name", "Energietransitie"),
                    Map.of("id", " "))) {
                var refused = admin().postJson(path, body);
                assertThat(refused.statusCode()).as(path + " " + body + ": " + refused.body()).isEqualTo(400);
                JsonNode problem = json(refused);
                assertThat(problem.get("code").asString()).isEqualTo("metadata.invalid");
                assertThat(problem.get("details").get("field").asString()).isEqualTo("id");
                assertThat(problem.get("details").get("problem").asString()).isEqualTo("required");
                assertThat(problem.get("detail").asString()).startsWith("Code: vul dit in.");
            }
        }
        var english = admin().inLanguage("en").postJson("/v1/groups", Map.of("id", "energie-" + System.nanoTime()));
        assertThat(english.statusCode()).as(english.body()).isEqualTo(400);
        assertThat(json(english).get("details").get("field").asString()).isEqualTo("name");
        assertThat(json(english).get("detail").asString()).isEqualTo("name is required.");
        var organisation = admin().inLanguage("en").postJson("/v1/organisations",
                Map.of("id", "energie-" + System.nanoTime(), "uri", "https://energie.example/org"));
        assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(400);
        assertThat(json(organisation).get("details").get("field").asString()).isEqualTo("name");
        assertThat(admin().postJson("/v1/groups", Map.of("id", "energietransitie", "name", "Energietransitie"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedValueNamesItsFieldInDutchOrEnglishAndChangesNothing() throws Exception {
        String id = upload("Fout " + Instant.now().toEpochMilli(), "openbaar");
        var dutch = admin().patchMerge("/v1/datasets/" + id, "{\"contactEmail\": \"geen adres\", \"title\": \"X\"}");
        assertThat(dutch.statusCode()).isEqualTo(400);
        assertThat(dutch.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        JsonNode problem = json(dutch);
        assertThat(problem.get("code").asString()).isEqualTo("metadata.invalid");
        assertThat(problem.get("details").get("field").asString()).isEqualTo("contactEmail");
        assertThat(problem.get("details").get("problem").asString()).isEqualTo("email");
        assertThat(problem.get("detail").asString()).startsWith("E-mailadres van het contactpunt: vul een e-mailadres in");
        assertThat(json(admin().get("/v1/datasets/" + id)).get("title").asString()).as("nothing changed")
                .startsWith("Fout ");

        JsonNode english = json(admin().inLanguage("en").patchMerge("/v1/datasets/" + id, "{\"euThemes\": [\"XYZ\"]}"));
        assertThat(english.get("details").get("field").asString()).isEqualTo("themes");
        assertThat(english.get("detail").asString()).contains("euThemes/donlThemes");
        assertThat(json(admin().patchMerge("/v1/datasets/" + id, "{\"licence\": null}")).get("details").get("field")
                .asString()).as("a mandatory property cannot be cleared").isEqualTo("licence");
        assertThat(json(admin().patchMerge("/v1/datasets/" + id, "{\"temporalStart\": \"2024-02-01\", "
                + "\"temporalEnd\": \"2023-01-01\"}")).get("details").get("problem").asString())
                .isEqualTo("end-before-start");
    }

    /** c28: the metadata of a non-public dataset is 404 for anonymous callers, and absent from the catalogue. */
    @Test
    void nonPublicMetadataStaysHidden() throws Exception {
        String title = "Geheim " + Instant.now().toEpochMilli();
        String id = upload(title, "intern");
        for (String format : List.of("ttl", "jsonld", "json")) {
            assertThat(anonymous().get("/v1/datasets/" + id + "/metadata?format=" + format).statusCode()).as(format)
                    .isEqualTo(404);
        }
        assertThat(anonymous().get("/v1/catalog?format=ttl").body()).doesNotContain(title);
        assertThat(anonymous().get("/v1/catalog?format=json").body()).doesNotContain(title);
        assertThat(admin().get("/v1/catalog?format=ttl").body()).contains(title);
        String slug = json(admin().get("/v1/datasets/" + id)).get("slug").asString();
        assertThat(anonymous().get("/datasets/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void bulkEditChangesAllOrNone() throws Exception {
        String a = upload("Bulk A " + Instant.now().toEpochMilli(), "openbaar");
        String b = upload("Bulk B " + Instant.now().toEpochMilli(), "openbaar");
        var done = admin().postJson("/v1/datasets/bulk", Map.of("ids", List.of(a, b), "set",
                Map.of("licence", "CC-BY-4.0", "updateFrequency", "MONTHLY", "euThemes", List.of("ENVI"))));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        for (String id : List.of(a, b)) {
            JsonNode d = json(admin().get("/v1/datasets/" + id));
            assertThat(d.get("licence").asString()).contains("licenses/by/4.0");
            assertThat(d.get("metadata").get("euThemes").get(0).asString()).isEqualTo(EU + "data-theme/ENVI");
        }
        var refused = admin().postJson("/v1/datasets/bulk", Map.of("ids", List.of(a, "00000000-0000-0000-0000-"
                + "000000000000"), "set", Map.of("licence", "CC0-1.0")));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(json(admin().get("/v1/datasets/" + a)).get("licence").asString()).as("none changed")
                .contains("licenses/by/4.0");
        assertThat(anonymous().postJson("/v1/datasets/bulk", Map.of("ids", List.of(a), "set",
                Map.of("licence", "CC0-1.0"))).statusCode()).isIn(401, 403);
    }

    @Test
    void exportedJsonImportsIntoAnotherDatasetAndVersionNotesFormAChangelog() throws Exception {
        String source = upload("Bron " + Instant.now().toEpochMilli(), "openbaar");
        String target = upload("Doel " + Instant.now().toEpochMilli(), "openbaar");
        admin().patchMerge("/v1/datasets/" + source, "{\"description\": \"Geïmporteerd\", \"donlThemes\": [\"Natuur_en_milieu\"]}");
        String exported = admin().get("/v1/datasets/" + source + "/metadata?format=json").body();
        var imported = admin().postRaw("/v1/datasets/" + target + "/metadata", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("description").asString()).isEqualTo("Geïmporteerd");
        assertThat(json(imported).get("id").asString()).as("identity is not imported").isEqualTo(target);

        var noted = admin().patchMerge("/v1/datasets/" + target + "/versions/1",
                "{\"versionNotes\": \"Eerste levering\"}");
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        assertThat(json(anonymous().get("/v1/datasets/" + target + "/versions")).get(0).get("versionNotes")
                .asString()).isEqualTo("Eerste levering");
    }

    @Test
    void thePageLivesAtItsSlugAndTheFormSaysWhatIsWrongInDutch() throws Exception {
        String id = upload("Monumenten " + Instant.now().toEpochMilli(), "openbaar");
        String slug = json(admin().get("/v1/datasets/" + id)).get("slug").asString();
        assertThat(anonymous().get("/datasets/" + slug).body()).contains("Monumenten", "Provincie Groningen");
        assertThat(anonymous().get("/datasets/" + id).statusCode()).as("the old address still resolves")
                .isEqualTo(200);

        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        var saved = browser.submitFormFrom("/datasets/" + slug, "/datasets/" + id + "/gegevens",
                Map.of("title", "Monumenten hernoemd", "accessLevel", "openbaar", "contactEmail", "geen-adres"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = browser.get("/datasets/" + slug).body();
        assertThat(page).contains("E-mailadres van het contactpunt: vul een e-mailadres in", "geen-adres",
                "Monumenten hernoemd");
        assertThat(json(admin().get("/v1/datasets/" + id)).get("title").asString()).as("nothing saved")
                .startsWith("Monumenten ").doesNotContain("hernoemd");

        var bulk = browser.submitFormFrom("/", "/datasets/bulk", Map.of("ids", id,
                "licence", "http://creativecommons.org/licenses/by-sa/4.0/deed.nl", "updateFrequency", "QUARTERLY"));
        assertThat(bulk.statusCode()).isEqualTo(302);
        assertThat(browser.get("/").body()).contains("1 dataset(s) bijgewerkt.");
        JsonNode edited = json(admin().get("/v1/datasets/" + id));
        assertThat(edited.get("licence").asString()).isEqualTo("http://creativecommons.org/licenses/by-sa/4.0/deed.nl");
        assertThat(edited.get("updateFrequency").asString()).endsWith("/QUARTERLY");
        assertThat(edited.get("description").isNull()).as("fields left empty stay as they were").isTrue();
    }

    /** c25 and c26: a harvested record's licence given as a Dutch label, its period as PeriodOfTime. */
    @Test
    void aHarvestedDcatRecordImportsItsLicenceLabelAndPeriod() throws Exception {
        String id = upload("Geoogst " + Instant.now().toEpochMilli(), "openbaar");
        String record = """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
                <https://data.example/ds/1> a dcat:Dataset ; dct:title "Geoogste fietstellingen"@nl ;
                  dct:description "Uit een andere catalogus."@nl ;
                  dcat:theme <http://publications.europa.eu/resource/authority/data-theme/TRAN> ;
                  dct:spatial <https://identifier.overheid.nl/tooi/id/gemeente/gm0014> ;
                  dcat:contactPoint [ a vcard:Kind ; vcard:fn "Loket" ; vcard:hasEmail <mailto:loket@example.nl> ] ;
                  dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2019-01-01"^^xsd:date ;
                                 dcat:endDate "2019-12-31"^^xsd:date ] ;
                  dcat:distribution [ a dcat:Distribution ; dct:license [ a dct:LicenseDocument ;
                      rdfs:label "Creative Commons Naamsvermelding 4.0 Internationaal"@nl ] ] .
                """;
        var imported = admin().postBody("/v1/datasets/" + id + "/metadata", "text/turtle", record);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode d = json(imported);
        assertThat(d.get("title").asString()).isEqualTo("Geoogste fietstellingen");
        assertThat(d.get("licence").asString()).isEqualTo("http://creativecommons.org/licenses/by/4.0/deed.nl");
        assertThat(d.get("metadata").get("temporalStart").asString()).isEqualTo("2019-01-01");
        assertThat(d.get("metadata").get("temporalEnd").asString()).isEqualTo("2019-12-31");
        assertThat(d.get("metadata").get("spatial").get(0).asString()).isEqualTo("GM0014");
        assertThat(d.get("metadata").get("contactEmail").asString()).isEqualTo("loket@example.nl");

        var unknown = admin().postBody("/v1/datasets/" + id + "/metadata", "text/turtle",
                record.replace("Creative Commons Naamsvermelding 4.0 Internationaal", "Vrij te gebruiken"));
        assertThat(unknown.statusCode()).as("an unknown licence is flagged, never silently dropped").isEqualTo(400);
        assertThat(json(unknown).get("details").get("field").asString()).isEqualTo("licence");
        assertThat(admin().postBody("/v1/datasets/" + id + "/metadata", "text/turtle", "<a> <b> .").statusCode())
                .isEqualTo(400);

        String blankNode = record.substring(record.indexOf("[ a dct:LicenseDocument"), record.indexOf("@nl ]") + 5);
        String onDistribution = record.replace(blankNode, "\"Creative Commons Naamsvermelding 4.0 Internationaal\"");
        String onDataset = record.replace("dct:license " + blankNode, "dct:format \"CSV\"")
                .replace("dct:title \"Geoogste", "dct:license \"Creative Commons Naamsvermelding 4.0 Internationaal\"@nl ;"
                        + " dct:title \"Geoogste");
        for (String literal : List.of(onDistribution, onDataset)) {
            assertThat(literal).as("the record was rewritten").isNotEqualTo(record).doesNotContain("LicenseDocument");
            admin().patchMerge("/v1/datasets/" + id, "{\"licence\": \"CC0-1.0\"}");
            var plain = admin().postBody("/v1/datasets/" + id + "/metadata", "text/turtle", literal);
            assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
            assertThat(json(plain).get("licence").asString()).as("a licence given as a plain literal")
                    .isEqualTo("http://creativecommons.org/licenses/by/4.0/deed.nl");
            var vague = admin().postBody("/v1/datasets/" + id + "/metadata", "text/turtle",
                    literal.replace("Creative Commons Naamsvermelding 4.0 Internationaal", "Vrij gebruik graag"));
            assertThat(vague.statusCode()).as("an unknown literal licence is refused").isEqualTo(400);
            assertThat(json(vague).get("code").asString()).isEqualTo("metadata.invalid");
            assertThat(json(vague).get("details").get("field").asString()).isEqualTo("licence");
        }
    }

    @Test
    void theCatalogueImportsItsOwnExportAllOrNone() throws Exception {
        String id = upload("Ronde " + Instant.now().toEpochMilli(), "openbaar");
        String ttl = admin().get("/v1/datasets/" + id + "/metadata?format=ttl").body()
                .replace("\"Ronde ", "\"Rondgang ");
        var imported = admin().postBody("/v1/catalog", "text/turtle", ttl);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(admin().get("/v1/datasets/" + id)).get("title").asString()).startsWith("Rondgang ");

        String exported = admin().get("/v1/datasets/" + id + "/metadata?format=json").body();
        String items = "{\"items\": [" + exported.replace("Rondgang ", "Derde ") + ", {\"id\": \""
                + "00000000-0000-0000-0000-000000000000\", \"title\": \"x\"}]}";
        var refused = admin().postRaw("/v1/catalog", items);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("details").get("field").asString()).isEqualTo("items[1]");
        assertThat(json(admin().get("/v1/datasets/" + id)).get("title").asString()).as("none changed")
                .startsWith("Rondgang ");
        assertThat(anonymous().postBody("/v1/catalog", "text/turtle", ttl).statusCode()).isIn(401, 403);
    }

    private static Model turtle(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        return model;
    }
}
