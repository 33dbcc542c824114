// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnScanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static List<Finding> scan(String field, String... values) {
        var scan = new ColumnScan(field, TODAY, false);
        for (String value : values) {
            scan.add(value);
        }
        return scan.findings(values.length);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.detector().code()).toList();
    }

    @Test
    void orderNumbersAreNoBsnButAFieldNamedBsnIsReportedEvenWhenEmpty() {
        var corpus = new SyntheticCorpus(7);
        String[] orders = new String[300];
        for (int i = 0; i < orders.length; i++) {
            orders[i] = "1" + corpus.digits(8);
        }
        assertThat(codes(scan("ordernummer", orders))).doesNotContain("bsn");
        assertThat(scan("BSN", "", null, "")).singleElement().satisfies(f -> {
            assertThat(f.detector()).isEqualTo(Detector.BSN);
            assertThat(f.count()).isZero();
            assertThat(f.confidence()).isEqualTo(0.3);
        });
    }

    @Test
    void freeTextIsFlaggedAndSearchedInside() {
        List<Finding> findings = scan("opmerking",
                "De melder belde op 06-12345678 over de losliggende stoeptegels voor de deur van het buurthuis.",
                "Graag terugbellen, mail gaat naar j.jansen@example.org want de telefoon werkt niet altijd goed.",
                "Containers staan al drie dagen vol en de stank is in de hele straat te ruiken, graag snel legen.",
                "Bsn van de aanvrager per ongeluk ingevuld: 111222333, dit hoort hier niet te staan in de melding.",
                "Overlast van hangjongeren bij het winkelcentrum, vooral op vrijdag- en zaterdagavond na tien uur.",
                "Lantaarnpaal op de hoek van de Dorpsstraat 14 brandt al weken niet, het is daar erg donker.");
        assertThat(codes(findings)).contains("free-text", "phone", "email", "bsn", "address");
        assertThat(findings).filteredOn(f -> f.detector() == Detector.EMAIL).singleElement()
                .satisfies(f -> assertThat(f.count()).isEqualTo(1));
    }

    @Test
    void birthDatesAndAgesNeedTheirFieldName() {
        assertThat(codes(scan("geboortedatum", "1980-05-17", "1975-01-02", "2001-12-31", "17-05-1980")))
                .containsExactly("birth-date");
        assertThat(codes(scan("datum_melding", "1980-05-17", "1975-01-02", "2001-12-31"))).isEmpty();
        assertThat(codes(scan("leeftijd", "34", "81", "7", "45", "0"))).containsExactly("age");
        assertThat(codes(scan("aantal", "34", "81", "7", "45", "0"))).isEmpty();
    }

    @Test
    void cbsGemeentecodesAreNoLicencePlates() {
        // RIVM's Municipality_code: GM + 4 digits has the shape of a sidecode-1 plate written without hyphens
        assertThat(codes(scan("Municipality_code", "GM0014", "GM0003", "GM1966", "GM0363"))).isEmpty();
        assertThat(codes(scan("kenteken", "GM-00-14", "GM-00-03", "GM-19-66"))).containsExactly("licence-plate");
    }

    @Test
    void preciseCoordinatesButNotRoundedOnes() {
        assertThat(codes(scan("lat", "52.370216", "52.3791", "52.0907"))).containsExactly("precise-location");
        assertThat(codes(scan("lat", "52.37", "52.4", "52.09"))).isEmpty();
        assertThat(codes(scan("x", "121437", "135002.5", "98765"))).containsExactly("precise-location");
        assertThat(codes(scan("x", "121430", "135000", "98760"))).isEmpty();
        assertThat(codes(scan("x", "233875", "234125", "233625", "233875", "234375", "233375")))
                .as("centres of 250 m cells").isEmpty();
        assertThat(codes(scan("x", "233875", "233875"))).as("one value for all").isEmpty();
        assertThat(codes(scan("x", "233875", "234125", "233627"))).containsExactly("precise-location");
        assertThat(codes(scan("geometry", "POINT (4.895168 52.370216)", "POINT (4.9 52.4)", "POINT (5.1214 52.0907)")))
                .containsExactly("precise-location");
    }

    @Test
    void personNamesByCueAndByFirstNames() {
        assertThat(codes(scan("naam", "Jan de Vries", "Fatima El Amrani", "Pieter Bakker", "Stichting Buurtzorg")))
                .containsExactly("person-name");
        assertThat(codes(scan("naam", "Stichting Buurtzorg", "Gemeente Utrecht", "Vereniging Oud Utrecht"))).isEmpty();
        assertThat(codes(scan("straatnaam", "Jan Steenstraat", "Anna Paulownaplein", "Kerkweg"))).isEmpty();
        assertThat(codes(scan("achternaam", "Jansen", "de Vries", "Bakker"))).containsExactly("person-name");
        assertThat(codes(scan("contact", "Jan Jansen", "Anna Smit", "Kees Visser", "Sanne Bos")))
                .contains("person-name");
    }

    @Test
    void aPostcodeAloneIsAQuasiIdentifier() {
        var alone = new ColumnScan("postcode", TODAY, false);
        var besideHouseNumber = new ColumnScan("postcode", TODAY, true);
        for (String pc : List.of("1012 AB", "9711LM", "3511 BE")) {
            alone.add(pc);
            besideHouseNumber.add(pc);
        }
        assertThat(alone.findings(3)).singleElement().satisfies(f -> {
            assertThat(f.detector()).isEqualTo(Detector.ADDRESS);
            assertThat(f.confidence()).isEqualTo(0.5);
        });
        assertThat(besideHouseNumber.findings(3)).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(0.8));
    }

    @Test
    void findingsNeverCarryAValue() {
        List<Finding> findings = scan("email", "jan@example.org", "anna@example.org");
        assertThat(findings.toString()).doesNotContain("jan@", "anna@");
    }
}
