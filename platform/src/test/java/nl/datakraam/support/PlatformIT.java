// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole application on a random port, with the embedded defaults (H2, local blob
 * store) in a fresh data directory and a known bootstrap token, and a platform clock tests may move
 * ({@link MovableClock}). All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Configuration.class)
public abstract class PlatformIT {

    public static final String TOKEN = "test-bootstrap-token";

    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("datakraam-it");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @LocalServerPort
    protected int port;

    /** The port of the application the last test of the class ran against, for the check after the class. */
    private static volatile int lastPort;

    /** The platform's clock; a test that moves it resets it in a {@code finally}. */
    @Autowired
    protected MovableClock clock;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("datakraam.data-dir", DATA_DIR::toString);
        registry.add("datakraam.bootstrap.token", () -> TOKEN);
        // further questionnaire versions (privacy); AssessmentRegisterIT adds one there
        registry.add("datakraam.privacy.questionnaire-directory", () -> questionnaireDirectory().toString());
        // small pages, so that the tests of the public DCAT feed walk several Hydra pages with few datasets
        registry.add("datakraam.publish.dcat.page-size", () -> 2);
        // the suite polls jobs and signs in far more often than any client should; OidcLoginIT tests the limits
        for (String limit : new String[] {"login", "api-authenticated", "api-anonymous"}) {
            registry.add("datakraam.rate-limit." + limit, () -> Integer.MAX_VALUE);
        }
    }

    /** The folder the platform reads further questionnaire versions from ({@code <id>-v<version>.json}). */
    protected static Path questionnaireDirectory() {
        return DATA_DIR.resolve("questionnaires");
    }

    @BeforeEach
    void rememberPort() {
        lastPort = port;
    }

    /**
     * Must-show 4 of the catalogue issue: after each test class the whole catalogue as an administrator sees it (every
     * dataset created so far, openbaar and intern) is exported as DCAT Turtle and validated with Jena SHACL against
     * the DCAT-AP-NL 3.0 shapes in {@code ../shared/standards}; any violation fails the class. Datasets get every
     * mandatory property from their organisation's defaults. About a second for the first class (parsing the
     * shapes), milliseconds after. Skipped (with a message) where {@code ../shared} is absent.
     */
    @AfterAll
    static void everyDatasetCarriesTheMandatoryDcatApNlProperties() {
        if (lastPort == 0) {
            return;
        }
        if (DcatApNlShapes.standards() == null) {
            System.err.println("SKIPPED: DCAT-AP-NL check, ../shared/standards is absent");
            return;
        }
        var response = new ApiClient(lastPort, TOKEN).get("/v1/catalog?format=ttl");
        assertThat(response.statusCode()).as("GET /v1/catalog?format=ttl").isEqualTo(200);
        Model catalogue = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(catalogue);
        if (!catalogue.contains(null, RDF.type, DCAT.Dataset)) {
            return; // no dataset to check: the context's classes so far made none (DCAT-AP-NL wants one per catalogue)
        }
        assertThat(DcatApNlShapes.violations(catalogue)).as("DCAT-AP-NL violations in the catalogue").isEmpty();
    }

    /** A client signed in with the bootstrap token. */
    protected ApiClient admin() {
        return new ApiClient(port, TOKEN);
    }

    /** Makes accounts with given roles, groups and organisation, and API-key or signed-in browser clients for them. */
    protected TestAccounts accounts() {
        return new TestAccounts(port, TOKEN);
    }

    /** A client without credentials. */
    protected ApiClient anonymous() {
        return new ApiClient(port, null);
    }
}
