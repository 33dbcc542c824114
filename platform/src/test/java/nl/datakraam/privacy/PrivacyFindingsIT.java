// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9, detectors on every ingest and must-show 3: each committed version is scanned, the findings say where,
 * what, how often and how sure (never a value), only editors, the beheerder and the functionaris-gegevensbescherming
 * see them, and the published copies of the Amsterdam workbook carry none of its authors or drive paths.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyFindingsIT extends PlatformIT {

    private static final String WORKBOOK = "amsterdam_subsidieregister_2016-10-31.xlsx";
    /** What the workbook's docProps, workbook.xml and connections.xml hold (unzip -p): names and internal paths. */
    private static final List<String> WORKBOOK_SECRETS = List.of("Meijdenberg", "Niels Prins",
            "D:\\Data\\Library", "OIS111_subsidies", "G:\\DMO", "Wekelijkse rapportages", "SB_MI_SUBSIDIEREGISTER.csv");

    private final Map<String, String> datasets = new HashMap<>();

    private String dataset(Path file, String title, String accessLevel) {
        return datasets.computeIfAbsent(file + accessLevel, key -> {
            JsonNode job = admin().importFile(file, title, accessLevel);
            assertThat(job.get("status").asString()).as("ingest of %s: %s", file, job).isEqualTo("succeeded");
            return job.get("subjectId").asString();
        });
    }

    private static List<String> detectorsOf(JsonNode report, String field) {
        List<String> detectors = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            if (field.equals(finding.get("field").asString(null))) {
                detectors.add(finding.get("detector").asString());
            }
        }
        return detectors;
    }

    private static List<String> allDetectors(JsonNode report) {
        return report.get("findings").valueStream().map(f -> f.get("detector").asString()).toList();
    }

    @Test
    void theWorkbooksDocumentPropertiesAreFoundAndNoPublishedCopyCarriesThem() throws IOException {
        String id = dataset(shared("data/real/" + WORKBOOK), "Subsidieregister Amsterdam 2016", "openbaar");
        JsonNode report = admin().awaitPrivacyScan(id);

        JsonNode office = report.get("findings").valueStream()
                .filter(f -> f.get("detector").asString().equals("office-metadata")).findFirst().orElseThrow();
        assertThat(office.get("field").isNull()).isTrue();
        assertThat(office.get("properties").valueStream().map(JsonNode::asString).toList())
                .containsExactly("creator", "lastModifiedBy", "company", "absPath", "externalConnection");
        assertThat(office.get("count").asLong()).isEqualTo(5);
        assertThat(report.get("rowsScanned").asLong()).isEqualTo(2727);
        assertThat(report.toString()).doesNotContain(WORKBOOK_SECRETS);

        JsonNode dataset = json(admin().get("/v1/datasets/" + id));
        List<String> formats = dataset.get("distributions").valueStream().map(d -> d.get("format").asString())
                .toList();
        assertThat(formats).contains("parquet", "csv", "csv-excel-nl", "json", "xlsx");
        for (String format : formats) {
            HttpResponse<byte[]> response = anonymous().getBytes("/v1/datasets/" + id + "/download?format=" + format);
            assertThat(response.statusCode()).as(format).isEqualTo(200);
            for (Map.Entry<String, byte[]> part : parts(format, response.body()).entrySet()) {
                String text = new String(part.getValue(), StandardCharsets.ISO_8859_1);
                String utf8 = new String(part.getValue(), StandardCharsets.UTF_8);
                for (String secret : WORKBOOK_SECRETS) {
                    assertThat(text.contains(secret) || utf8.contains(secret))
                            .as("%s download, part %s, carries %s", format, part.getKey(), secret).isFalse();
                }
            }
        }
        assertThat(formats).as("the original upload is not served").doesNotContain("original", "source");
        HttpResponse<byte[]> xlsx = anonymous().getBytes("/v1/datasets/" + id + "/download?format=xlsx");
        Map<String, byte[]> xlsxParts = parts("xlsx", xlsx.body());
        assertThat(xlsxParts.keySet()).as("no document properties at all").noneMatch(n -> n.startsWith("docProps/"));
        assertThat(new String(xlsxParts.get("xl/workbook.xml"), StandardCharsets.UTF_8)).doesNotContain("absPath");
    }

    /** The parts of a ZIP-based download (every entry, unpacked), or the whole file as one part. */
    private static Map<String, byte[]> parts(String format, byte[] body) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        parts.put("(file)", body);
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            try (var zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    zip.transferTo(out);
                    parts.put(entry.getName(), out.toByteArray());
                }
            }
            assertThat(parts).as(format + " is a ZIP archive with parts").hasSizeGreaterThan(1);
        }
        return parts;
    }

    @Test
    void aSubsidyRegisterCsvHasNoIdentifiersButItsApplicantFieldIsNamed() {
        String id = dataset(shared("data/real/amsterdam_subsidieregister_2017-04-03_cp1252.csv"),
                "Subsidieregister Amsterdam 2017", "openbaar");
        JsonNode report = admin().awaitPrivacyScan(id);

        assertThat(report.get("rowsScanned").asLong()).isEqualTo(4844);
        assertThat(allDetectors(report)).as(report.toString()).doesNotContain("bsn", "iban", "email", "phone",
                "licence-plate", "ip-address", "birth-date", "age", "precise-location", "office-metadata");
        // ingest names the fields in lower case; "aanvrager" holds "(Particulier)" and organisations, so only its
        // name points at people: reported with confidence 0.3 and count 0, for a person to look at
        assertThat(allDetectors(report)).as(report.toString()).containsExactly("person-name");
        JsonNode applicant = report.get("findings").get(0);
        assertThat(applicant.get("field").asString()).isEqualTo("aanvrager");
        assertThat(applicant.get("count").asLong()).isZero();
        assertThat(applicant.get("confidence").asDouble()).isEqualTo(0.3);
    }

    @Test
    void theSignalenCategoriesHoldNothingPersonal() {
        String id = dataset(shared("data/real/signalen_amsterdam_meldingcategorieen.json"), "Signalen categorieën",
                "openbaar");
        assertThat(admin().awaitPrivacyScan(id).get("findings")).isEmpty();
    }

    @Test
    void aTableOfPeopleIsFoundFieldByFieldAndNoValueIsEverReturned() {
        String csv = """
                naam;email;telefoon;bsn;postcode;huisnummer;lat;lon;geboortedatum;opmerking
                Jan de Vries;jan.devries@example.org;06-12345678;111222333;1012 AB;12;52.370216;4.895168;1980-05-17;Graag terugbellen over de container die al dagen vol staat bij de ingang
                Fatima El Amrani;f.elamrani@example.nl;020-6241111;123456782;3511 BE;4;52.090737;5.121420;1975-01-02;De lantaarnpaal op de hoek brandt al weken niet meer, erg donker zo 's avonds
                Pieter Bakker;pbakker@example.com;+31 6 87654321;;9711 LM;101;53.219383;6.566502;2001-12-31;Stoeptegels liggen los voor nummer twaalf, mijn moeder is er bijna over gevallen
                Anna Smit;anna.smit@example.org;0612345679;;2511 CV;7;52.078663;4.288788;1949-07-04;Overlast van hangjongeren bij het winkelcentrum, vooral op vrijdagavond na tien uur
                Kees Visser;kees@example.net;(030) 2345678;;6511 PZ;33;51.842812;5.852773;1990-10-10;Fietswrak staat al maanden tegen het hek van de school aan de overkant van de straat
                """;
        Path file = Fixtures.file("meldingen-met-personen.csv", csv, StandardCharsets.UTF_8);
        String id = dataset(file, "Meldingen met persoonsgegevens", "intern");
        HttpResponse<String> response = admin().get("/v1/datasets/" + id + "/privacy-findings");
        JsonNode report = admin().awaitPrivacyScan(id);

        assertThat(detectorsOf(report, "naam")).contains("person-name");
        assertThat(detectorsOf(report, "email")).containsExactly("email");
        assertThat(detectorsOf(report, "telefoon")).containsExactly("phone");
        assertThat(detectorsOf(report, "bsn")).containsExactly("bsn");
        assertThat(detectorsOf(report, "postcode")).containsExactly("address");
        assertThat(detectorsOf(report, "lat")).containsExactly("precise-location");
        assertThat(detectorsOf(report, "lon")).containsExactly("precise-location");
        assertThat(detectorsOf(report, "geboortedatum")).containsExactly("birth-date");
        assertThat(detectorsOf(report, "opmerking")).contains("free-text");
        JsonNode bsn = report.get("findings").valueStream().filter(f -> f.get("field").asString("").equals("bsn"))
                .findFirst().orElseThrow();
        assertThat(bsn.get("count").asLong()).isEqualTo(2);
        assertThat(bsn.get("rowsScanned").asLong()).isEqualTo(5);
        assertThat(bsn.get("confidence").asDouble()).isBetween(0.0, 1.0);
        String served = json(admin().get("/v1/datasets/" + id + "/privacy-findings")).toString()
                + response.body();
        assertThat(served).doesNotContain("Vries", "jan.devries", "12345678", "111222333", "1012 AB", "52.370216",
                "1980-05-17", "terugbellen");

        String page = admin().get("/datasets/" + id).body();
        assertThat(page).contains("id=\"persoonsgegevens\"");
        String section = page.substring(page.indexOf("id=\"persoonsgegevens\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("data-detector=\"bsn\"", "Burgerservicenummer", "<code>bsn</code>")
                .doesNotContain("111222333", "Vries", "jan.devries");
        String english = admin().inLanguage("en").get("/datasets/" + id + "?lang=en").body();
        assertThat(english).contains("Personal data", "Citizen service number (BSN)");
    }

    @Test
    void pointsToTheMetreArePreciseLocationsAndPointsOnAKilometreGridAreNot() {
        String precise = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"categorie": "afval"},
                   "geometry": {"type": "Point", "coordinates": [4.895168, 52.370216]}},
                  {"type": "Feature", "properties": {"categorie": "verlichting"},
                   "geometry": {"type": "Point", "coordinates": [5.121420, 52.090737]}},
                  {"type": "Feature", "properties": {"categorie": "overlast"},
                   "geometry": {"type": "Point", "coordinates": [6.566502, 53.219383]}}]}
                """;
        String coarse = precise.replace("4.895168, 52.370216", "4.9, 52.37")
                .replace("5.121420, 52.090737", "5.12, 52.09")
                .replace("6.566502, 53.219383", "6.57, 53.22");
        String preciseId = dataset(Fixtures.file("meldingen-punten.geojson", precise, StandardCharsets.UTF_8),
                "Meldingen op punten", "intern");
        String coarseId = dataset(Fixtures.file("meldingen-grof.geojson", coarse, StandardCharsets.UTF_8),
                "Meldingen op grove punten", "intern");

        JsonNode report = admin().awaitPrivacyScan(preciseId);
        assertThat(detectorsOf(report, "geometry")).as(report.toString()).containsExactly("precise-location");
        assertThat(report.toString()).doesNotContain("4.895168", "52.370216");
        assertThat(allDetectors(admin().awaitPrivacyScan(coarseId))).doesNotContain("precise-location");
    }

    @Test
    void rdNewPointsAreJudgedInMetresFromTheSource() {
        var factory = new org.locationtech.jts.geom.GeometryFactory();
        Path metres = Fixtures.geoPackage("meldingen-rd.gpkg", 28992, List.of("categorie"), List.of(
                List.of(factory.createPoint(new org.locationtech.jts.geom.Coordinate(233957.3, 582051.8)), "afval"),
                List.of(factory.createPoint(new org.locationtech.jts.geom.Coordinate(234503, 581007)), "licht")));
        Path grid = Fixtures.geoPackage("meldingen-rd-raster.gpkg", 28992, List.of("categorie"), List.of(
                List.of(factory.createPoint(new org.locationtech.jts.geom.Coordinate(233950, 582050)), "afval"),
                List.of(factory.createPoint(new org.locationtech.jts.geom.Coordinate(234500, 581000)), "licht")));
        String metresId = dataset(metres, "Meldingen RD op de meter", "intern");
        String gridId = dataset(grid, "Meldingen RD op 10 m", "intern");

        assertThat(detectorsOf(admin().awaitPrivacyScan(metresId), "geometry")).containsExactly("precise-location");
        JsonNode coarse = admin().awaitPrivacyScan(gridId);
        assertThat(allDetectors(coarse)).as("whole metres on a 10 m grid, though WGS 84 has many decimals: "
                + coarse).doesNotContain("precise-location");
    }

    @Test
    void onlyEditorsTheAdministratorAndThePrivacyOfficerSeeTheFindings() {
        String id = dataset(Fixtures.file("intern-personen.csv", "naam;email\nJan Jansen;jan@example.org\n",
                StandardCharsets.UTF_8), "Interne lijst met personen", "intern");
        admin().awaitPrivacyScan(id);
        TestAccounts.Account staff = accounts().create("pd-staff", "medewerker");
        TestAccounts.Account officer = accounts().create("pd-fg", "functionaris-gegevensbescherming");
        TestAccounts.Account steward = accounts().create("pd-owner", "data-eigenaar");
        String path = "/v1/datasets/" + id + "/privacy-findings";

        assertThat(anonymous().get(path).statusCode()).isEqualTo(404);
        assertThat(staff.api().get("/v1/datasets/" + id).statusCode()).as("staff may read the dataset").isEqualTo(200);
        HttpResponse<String> staffAnswer = staff.api().get(path);
        assertThat(staffAnswer.statusCode()).isEqualTo(404);
        assertThat(json(staffAnswer).get("code").asString()).isEqualTo("dataset.not-found");
        assertThat(staff.api().get("/datasets/" + id).body()).doesNotContain("id=\"persoonsgegevens\"");
        assertThat(officer.api().get(path).statusCode()).isEqualTo(200);
        assertThat(steward.api().get(path).statusCode()).isEqualTo(200);
        assertThat(admin().get(path).statusCode()).isEqualTo(200);
        assertThat(anonymous().get("/v1/datasets/" + java.util.UUID.randomUUID() + "/privacy-findings").statusCode())
                .isEqualTo(404);
    }
}
