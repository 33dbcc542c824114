// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.ContactPoint;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.DcatProperties;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.Organisation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/** The DCAT-AP 3.0.1 SHACL check of the description the catalogue publishes ({@link DcatRdf}). */
class DcatApValidatorTest {

    private static final DcatApValidator VALIDATOR = new DcatApValidator();
    private static final String BASE = "https://data.example";
    private static final Instant T = Instant.parse("2026-01-15T10:00:00Z");

    /** A dataset as registered for Provincie Groningen with its defaults, with one CSV version (case c23). */
    static Dataset dataset(String description, String identifier) {
        var version = new DatasetVersion(UUID.randomUUID(), 1, "bron.csv", "abc", 10, 3,
                new DatasetSchema(List.of(), List.of()), List.of(),
                List.of(new Distribution("csv", "text/csv", "datasets/x/v1/data.csv", 20L)), T, null, "Eerste versie");
        return new Dataset(new DatasetId(UUID.randomUUID()), "subsidies", "Subsidies", description,
                new Organisation.Ref("pv20", "https://identifier.overheid.nl/tooi/id/provincie/pv20",
                        "Provincie Groningen"),
                "http://creativecommons.org/publicdomain/zero/1.0/deed.nl", List.of("subsidie"),
                AccessLevel.OPENBAAR, "subsidies", version, T, T, null, null,
                new DcatProperties(identifier, List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE",
                        "http://standaarden.overheid.nl/owms/terms/Provincies"),
                        List.of("http://publications.europa.eu/resource/authority/language/NLD"),
                        "http://publications.europa.eu/resource/authority/language/NLD",
                        new ContactPoint("Team Data", "data@provinciegroningen.nl", "+31 50 316 4911"), null, null,
                        null, List.of(), null, List.of("PV20"), LocalDate.of(2020, 1, 1), null),
                List.of(), null);
    }

    @Test
    void aDatasetWithItsOrganisationsDefaultsConforms() {
        DcatApCheck check = VALIDATOR.validate(DcatRdf.dataset(BASE, dataset("Alle subsidies", null)));

        assertThat(check.findings()).isEmpty();
        assertThat(check.validated()).isTrue();
        assertThat(check.conforms()).isTrue();
    }

    /** Case c23: format, media type and language are IRIs of the EU and IANA vocabularies. */
    @Test
    void formatMediaTypeAndLanguageAreIris() {
        Model model = DcatRdf.dataset(BASE, dataset("Alle subsidies", null));

        assertThat(model.listObjectsOfProperty(DCTerms.format).toList()).singleElement()
                .satisfies(f -> assertThat(f.asResource().getURI())
                        .isEqualTo("http://publications.europa.eu/resource/authority/file-type/CSV"));
        assertThat(model.listObjectsOfProperty(DCAT.mediaType).toList()).singleElement()
                .satisfies(m -> assertThat(m.asResource().getURI())
                        .isEqualTo("https://www.iana.org/assignments/media-types/text/csv"));
        assertThat(model.listObjectsOfProperty(DCTerms.language).toList()).singleElement()
                .satisfies(l -> assertThat(l.isURIResource()).isTrue());
    }

    /** Case c24: an identifier that is an https URL is still a literal. */
    @Test
    void anHttpsIdentifierIsALiteral() {
        Model model = DcatRdf.dataset(BASE, dataset("Alle subsidies", "https://data.example/id/subsidies"));

        assertThat(model.listObjectsOfProperty(DCTerms.identifier).toList())
                .anySatisfy(i -> assertThat(i.isLiteral()).isTrue())
                .allSatisfy(i -> assertThat(i.isLiteral()).isTrue());
        assertThat(VALIDATOR.validate(model).conforms()).isTrue();
    }

    @Test
    void aDatasetWithoutLicenceStillConformsToDcatAp() {
        Dataset full = dataset("Alle subsidies", null);
        var p = full.properties();
        Dataset withoutLicence = new Dataset(full.id(), full.slug(), full.title(), full.description(),
                full.publisher(), null, full.keywords(), full.accessLevel(), full.tableName(), full.currentVersion(),
                full.createdAt(), full.modifiedAt(), null, null, p, List.of(), null);

        DcatApCheck check = VALIDATOR.validate(DcatRdf.dataset(BASE, withoutLicence));

        assertThat(check.validated()).isTrue();
        assertThat(check.conforms()).as("DCAT-AP 3.0.1 does not require a licence").isTrue();
    }

    @Test
    void aDatasetWithoutDescriptionViolatesTheMandatoryDescriptionAsAFindingAboutTheDataset() {
        Model model = DcatRdf.dataset(BASE, dataset("Alle subsidies", null));
        model.removeAll(null, DCTerms.description, null);

        DcatApCheck check = VALIDATOR.validate(model);

        assertThat(check.conforms()).isFalse();
        assertThat(check.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("shacl.min-count");
            assertThat(finding.subject()).isEqualTo("dataset");
            assertThat(finding.path()).isEqualTo("dct:description");
        });
    }

    @Test
    void aDistributionWithoutAccessUrlViolatesTheShapesAsAFindingAboutTheDistribution() {
        Model model = DcatRdf.dataset(BASE, dataset("Alle subsidies", null));
        model.removeAll(null, DCAT.accessURL, null);

        DcatApCheck check = VALIDATOR.validate(model);

        assertThat(check.conforms()).isFalse();
        assertThat(check.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("shacl.min-count");
            assertThat(finding.subject()).isEqualTo("distribution");
            assertThat(finding.path()).isEqualTo("dcat:accessURL");
            assertThat(finding.detail()).as("the validator's own English").contains("minCount");
        });
    }
}
