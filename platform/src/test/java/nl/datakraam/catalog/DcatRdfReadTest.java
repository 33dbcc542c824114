// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The import side of the one DCAT mapping ({@link DcatRdf#read}), used by the metadata upload and by harvesting:
 * temporal coverage in each of DCAT's forms (case c26), licences given only as a label (case c25), access rights and
 * distributions.
 */
class DcatRdfReadTest {

    private static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <http://schema.org/> .
            @prefix time: <http://www.w3.org/2006/time#> .
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dcat dates | dcat:startDate \"2020-01-01\"^^xsd:date ; dcat:endDate \"2020-12-31\"^^xsd:date"
            + " | 2020-01-01 | 2020-12-31",
        "dcat date-times | dcat:startDate \"2020-01-01T00:00:00Z\"^^xsd:dateTime ;"
            + " dcat:endDate \"2020-12-31T23:59:59Z\"^^xsd:dateTime | 2020-01-01 | 2020-12-31",
        "schema.org | schema:startDate \"2019-03-01\"^^xsd:date ; schema:endDate \"2019-09-30\"^^xsd:date"
            + " | 2019-03-01 | 2019-09-30",
        "OWL-Time dates | time:hasBeginning [ time:inXSDDate \"2018-01-01\"^^xsd:date ] ;"
            + " time:hasEnd [ time:inXSDDate \"2018-06-30\"^^xsd:date ] | 2018-01-01 | 2018-06-30",
        "OWL-Time date-times | time:hasBeginning [ time:inXSDDateTime \"2018-01-01T08:00:00Z\"^^xsd:dateTime ] ;"
            + " time:hasEnd [ time:inXSDDateTimeStamp \"2018-06-30T12:00:00Z\"^^xsd:dateTimeStamp ]"
            + " | 2018-01-01 | 2018-06-30",
        "years | dcat:startDate \"2015\"^^xsd:gYear ; dcat:endDate \"2016\"^^xsd:gYear | 2015-01-01 | 2016-12-31",
    })
    void temporalCoverageIsReadInEachOfItsForms(String form, String period, String start, String end) {
        var read = read("<https://example.org/ds/1> a dcat:Dataset ; dct:title \"T\" ; dct:temporal [ a "
                + "dct:PeriodOfTime ; " + period + " ] .");

        assertThat(read.members()).containsEntry("temporalStart", start).containsEntry("temporalEnd", end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Creative Commons Naamsvermelding 4.0 | http://creativecommons.org/licenses/by/4.0/deed.nl",
        "CC-BY 4.0 | http://creativecommons.org/licenses/by/4.0/deed.nl",
        "CC0 1.0 | http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "Publiek domein | http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "Eigen voorwaarden gemeente | Eigen voorwaarden gemeente",
    })
    void aLicenceGivenAsALabelIsMatchedToItsIriOrPassedOnAsWritten(String label, String licence) {
        var asLiteral = read("<https://example.org/ds/1> a dcat:Dataset ; dct:license \"" + label + "\" .");
        var asDocument = read("<https://example.org/ds/1> a dcat:Dataset ; dcat:distribution [ a dcat:Distribution ;"
                + " dct:license [ a dct:LicenseDocument ; rdfs:label \"" + label + "\"@nl ] ] .");

        assertThat(asLiteral.members()).containsEntry("licence", licence);
        assertThat(asDocument.members()).containsEntry("licence", licence);
    }

    @Test
    void accessRightsAndDistributionsAreReadForAHarvest() {
        var read = read("""
                <https://example.org/ds/1> a dcat:Dataset ;
                    dct:accessRights <http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC> ;
                    dcat:distribution [ a dcat:Distribution ; dcat:accessURL <https://example.org/page> ;
                        dcat:downloadURL <https://example.org/data.csv> ;
                        dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ;
                        dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> ] ,
                      [ a dcat:Distribution ; dcat:accessURL <https://example.org/viewer> ] .
                """);

        assertThat(read.accessRights())
                .isEqualTo("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC");
        assertThat(read.distributions()).containsExactlyInAnyOrder(
                new Harvest.Link("https://example.org/data.csv", "CSV", "text/csv"),
                new Harvest.Link("https://example.org/viewer", null, null));
    }

    private static DcatRdf.Imported read(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(model);
        List<DcatRdf.Imported> read = DcatRdf.read(model);
        assertThat(read).hasSize(1);
        return read.getFirst();
    }
}
