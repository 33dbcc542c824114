// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.SharedFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A steward signs in, uploads the semicolon CSV that Excel wrote, follows the job, and sees the dataset page. */
class HtmlUploadIT extends PlatformIT {

    private static final Pattern DATASET_LINK = Pattern.compile("href=\"(/datasets/[0-9a-f-]{36})\"");

    @Test
    void stewardUploadsThroughTheFormAndSeesTheDatasetPage() throws IOException, InterruptedException {
        var browser = new BrowserSession(port);
        assertThat(browser.get("/datasets/nieuw").statusCode()).as("upload form needs sign-in").isEqualTo(302);

        var signIn = browser.signIn("beheerder", TOKEN);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        var file = Fixtures.file("Gemeenten Groningen.csv", """
                Gemeente;Inwoners;Oppervlakte km²\r
                Groningen;238.147;197,96\r
                Het Hogeland;48.000;477,83\r
                """, Charset.forName("windows-1252"));
        var upload = browser.upload("/datasets/nieuw", file, Map.of("title", "Gemeenten in Groningen",
                "accessLevel", "intern"));
        assertThat(upload.statusCode()).isEqualTo(302);
        String jobPage = upload.headers().firstValue("Location").orElseThrow();
        assertThat(jobPage).contains("/taken/");

        String html = browser.get(jobPage.replaceFirst("^https?://[^/]+", "")).body();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (!DATASET_LINK.matcher(html).find() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            html = browser.get(jobPage.replaceFirst("^https?://[^/]+", "") + "/voortgang").body();
        }
        assertThat(html).contains("Klaar");
        var link = DATASET_LINK.matcher(html);
        assertThat(link.find()).isTrue();
        String datasetPath = link.group(1);

        String page = browser.get(datasetPath).body();
        assertThat(page).contains("Gemeenten in Groningen", "Oppervlakte km²", "number");
        assertThat(page.substring(page.indexOf("class=\"preview\""))).as("decimal numbers as Dutch readers write them")
                .contains("<td>238.147</td>", "<td>197,96</td>").doesNotContain("197.96", "238147");
        String english = browser.get(datasetPath + "?lang=en").body();
        assertThat(english.substring(english.indexOf("class=\"preview\""))).contains("<td>238,147</td>",
                "<td>197.96</td>");
        assertThat(anonymous().get(datasetPath).statusCode()).as("intern stays hidden").isEqualTo(404);
    }

    @Test
    void stewardReviewsTheSchemaBeforeAnythingIsWritten() throws IOException, InterruptedException {
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        var file = Fixtures.file("postcodes.csv", "pc4;aantal\n9711;3\n9712;4\n", Charset.forName("UTF-8"));
        var upload = browser.upload("/datasets/nieuw", file, Map.of("title", "Postcodes gecontroleerd",
                "accessLevel", "openbaar", "review", "true"));
        String jobPage = upload.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        String html = browser.get(jobPage).body();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (!html.contains("/controle") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
            html = browser.get(jobPage + "/voortgang").body();
        }
        String review = browser.get(jobPage + "/controle").body();
        assertThat(review).contains("pc4", "integer", "name=\"type.pc4\"");

        var confirm = browser.submitForm(jobPage + "/controle", Map.of("type.pc4", "string"));
        assertThat(confirm.statusCode()).isEqualTo(302);
        JsonNode job = admin().awaitJob(jobPage.substring(jobPage.lastIndexOf('/') + 1));
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        JsonNode schema = json(admin().get("/v1/datasets/" + job.get("subjectId").asString() + "/schema"));
        assertThat(schema.get("fields").get(0).get("type").asString()).isEqualTo("string");
    }

    @Test
    void stewardChoosesTheCrsOfTheGroningenOutlineInTheReviewPage() throws IOException, InterruptedException {
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        Path outline = SharedFiles.shared("data/real/tno_groningen_field_outline_rd.csv");
        var upload = browser.upload("/datasets/nieuw", outline, Map.of("title", "Groningenveld via formulier",
                "accessLevel", "openbaar", "review", "true", "crs", ""));
        assertThat(upload.statusCode()).isEqualTo(302);
        String jobPage = upload.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String jobId = jobPage.substring(jobPage.lastIndexOf('/') + 1);
        assertThat(admin().awaitJob(jobId, "awaiting_review", "failed").get("status").asString())
                .isEqualTo("awaiting_review");

        String review = browser.get(jobPage + "/controle").body();
        assertThat(review).contains("Coördinatenstelsel (CRS)", "name=\"crs\"", "De kolommen x en y lijken",
                "RD New (EPSG:28992): Rijksdriehoekstelsel, meters (voorgesteld)", "Niet bevestigen: geen geometrie");
        assertThat(review).as("the suggestion is not preselected")
                .doesNotContain("<option value=\"28992\" selected");
        assertThat(browser.get(jobPage + "/controle?lang=en").body())
                .contains("Coordinate reference system (CRS)", "(suggested)");

        var confirm = browser.submitForm(jobPage + "/controle", Map.of("crs", "28992"));
        assertThat(confirm.statusCode()).isEqualTo(302);
        JsonNode job = admin().awaitJob(jobId);
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        JsonNode spatial = json(admin().get("/v1/datasets/" + job.get("subjectId").asString())).get("spatial");
        assertThat(spatial.get("sourceCrs").asString()).isEqualTo("EPSG:28992");
        JsonNode bbox = spatial.get("bbox");
        assertThat(bbox.get(0).asDouble()).as("west").isGreaterThan(6.1);
        assertThat(bbox.get(1).asDouble()).as("south").isGreaterThan(53.0);
        assertThat(bbox.get(2).asDouble()).as("east").isLessThan(7.25);
        assertThat(bbox.get(3).asDouble()).as("north").isLessThan(53.6);
    }

    @Test
    void theUploadFormOffersTheCrsForCoordinateColumns() throws IOException {
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        assertThat(browser.get("/datasets/nieuw").body()).contains("name=\"crs\"", "value=\"28992\"",
                "WGS 84 (EPSG:4326)", "Niet opgeven");
        var file = Fixtures.file("putten.csv", "naam;x;y\nPut 1;233950;582050\nPut 2;245652;610612\n",
                Charset.forName("UTF-8"));
        var upload = browser.upload("/datasets/nieuw", file, Map.of("title", "Putten met RD",
                "accessLevel", "openbaar", "crs", "28992"));
        String jobPage = upload.headers().firstValue("Location").orElseThrow();
        JsonNode job = admin().awaitJob(jobPage.substring(jobPage.lastIndexOf('/') + 1));
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(json(admin().get("/v1/datasets/" + job.get("subjectId").asString())).get("spatial")
                .get("sourceCrs").asString()).isEqualTo("EPSG:28992");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        var browser = new BrowserSession(port);
        var signIn = browser.signIn("beheerder", "fout");
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(browser.get("/inloggen?error").body()).contains("onjuist");
    }

    @Test
    void theInterfaceSpeaksEnglishOnRequest() {
        var browser = new BrowserSession(port);
        assertThat(browser.get("/?lang=en").body()).contains("Catalogue", "Sign in");
        assertThat(browser.get("/").body()).as("remembered").contains("Catalogue");
        assertThat(new BrowserSession(port).get("/").body()).contains("Catalogus", "Inloggen");
    }
}
