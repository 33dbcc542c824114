// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Datasets fetched from a URL, against a local web server that serves real files with an ETag and answers
 * conditional requests. Fetching from 127.0.0.1 needs {@code allow-private-addresses}, so this class runs in a
 * context of its own, with its own metadata store and blob store, closed afterwards.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FetchFromUrlIT extends PlatformIT {

    private static final Path OWN_DIR;

    static {
        try {
            OWN_DIR = Files.createTempDirectory("datakraam-fetch-it");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void allowLocalServer(DynamicPropertyRegistry registry) {
        registry.add("datakraam.ingest.fetch.allow-private-addresses", () -> "true");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + OWN_DIR.resolve("metadata")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        registry.add("datakraam.storage.directory", () -> OWN_DIR.resolve("blobs").toString());
    }

    /** A file the local server serves, with its ETag. */
    record Served(Path file, String etag) {
    }

    private static final Map<String, Served> FILES = new ConcurrentHashMap<>();
    private static final List<String> IF_NONE_MATCH = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    @Qualifier("fetchDueSources")
    private RecurringTask<?> fetchDueSources;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", FetchFromUrlIT::serve);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    /**
     * {@code /files/...} serves {@link #FILES} (304 when If-None-Match matches); {@code /go/...} redirects there;
     * {@code /loop/n} redirects to {@code /loop/n+1} for ever; anything else is 404.
     */
    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/go/")) {
                exchange.getResponseHeaders().add("Location", "/files/" + path.substring("/go/".length()));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            if (path.startsWith("/loop/")) {
                int n = Integer.parseInt(path.substring("/loop/".length()));
                exchange.getResponseHeaders().add("Location", "/loop/" + (n + 1));
                exchange.sendResponseHeaders(307, -1);
                return;
            }
            Served served = FILES.get(path);
            if (served == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (ifNoneMatch != null) {
                IF_NONE_MATCH.add(ifNoneMatch);
            }
            exchange.getResponseHeaders().add("ETag", served.etag());
            exchange.getResponseHeaders().add("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT");
            if (served.etag().equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=us-ascii");
            exchange.sendResponseHeaders(200, Files.size(served.file()));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(served.file(), out);
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code file} at a path of its own and returns that path. */
    private static String serveFile(String name, Path file, String etag) {
        String path = "/files/" + UUID.randomUUID() + "/" + name;
        FILES.put(path, new Served(file, etag));
        return path;
    }

    private JsonNode createFromUrl(String url, String schedule) {
        var response = admin().postJson("/v1/datasets/from-url",
                Map.of("url", url, "accessLevel", "openbaar", "schedule", schedule));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode accepted = json(response);
        JsonNode job = admin().awaitJob(accepted.get("jobId").asString());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return accepted;
    }

    private JsonNode dataset(String id) {
        return json(admin().get("/v1/datasets/" + id));
    }

    private JsonNode source(String id) {
        var response = admin().get("/v1/datasets/" + id + "/source");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private JsonNode refresh(String id) {
        var response = admin().postJson("/v1/datasets/" + id + "/source/refresh", Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void fetchFollowsARedirectAndCreatesTheDatasetWithTheRowsOfTheFile() {
        String path = serveFile("groningen_vs30_per_pc4.csv", shared("data/real/groningen_vs30_per_pc4.csv"), "\"vs30-1\"");

        JsonNode accepted = createFromUrl(url(path.replaceFirst("^/files/", "/go/")), "daily");

        String id = accepted.get("id").asString();
        JsonNode dataset = dataset(id);
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(391);
        assertThat(dataset.get("title").asString()).isEqualTo("groningen_vs30_per_pc4");
        JsonNode source = source(id);
        assertThat(source.get("url").asString()).endsWith("/go/" + path.substring("/files/".length()));
        assertThat(source.get("schedule").asString()).isEqualTo("daily");
        assertThat(source.get("lastStatus").asString()).isEqualTo("fetched");
        assertThat(source.get("etag").asString()).isEqualTo("\"vs30-1\"");
        assertThat(source.get("lastJobId").asString()).isEqualTo(accepted.get("jobId").asString());
        assertThat(OffsetDateTime.parse(source.get("nextFetchAt").asString()))
                .isEqualTo(OffsetDateTime.parse(source.get("lastFetchedAt").asString()).plusDays(1));
    }

    @Test
    void refreshWithAnUnchangedEtagIsNotModifiedAndMakesNoVersion() {
        String path = serveFile("vs30.csv", shared("data/real/groningen_vs30_per_pc4.csv"), "\"unchanged-1\"");
        JsonNode accepted = createFromUrl(url(path), "none");
        String id = accepted.get("id").asString();

        JsonNode source = refresh(id);

        assertThat(IF_NONE_MATCH).contains("\"unchanged-1\"");
        assertThat(source.get("lastStatus").asString()).isEqualTo("not_modified");
        assertThat(source.get("lastMessageCode").asString()).isEqualTo("fetch.unchanged");
        assertThat(source.get("lastMessage").asString()).isEqualTo("Volgens de server is het bestand niet gewijzigd"
                + " sinds de vorige keer; de huidige versie blijft.");
        assertThat(json(admin().inLanguage("en").get("/v1/datasets/" + id + "/source")).get("lastMessage")
                .asString()).contains("not changed");
        assertThat(source.get("lastJobId").asString()).isEqualTo(accepted.get("jobId").asString());
        assertThat(dataset(id).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aChangedFileBecomesVersionTwo() {
        String path = serveFile("gemeenten.csv", shared("data/real/groningen_vs30_per_pc4.csv"), "\"changing-1\"");
        String id = createFromUrl(url(path), "weekly").get("id").asString();
        FILES.put(path, new Served(shared("data/real/rvig_tabel33_gemeententabel.csv"), "\"changing-2\""));

        JsonNode source = refresh(id);

        assertThat(source.get("lastStatus").asString()).as(source.toString()).isEqualTo("fetched");
        assertThat(source.get("etag").asString()).isEqualTo("\"changing-2\"");
        JsonNode job = admin().awaitJob(source.get("lastJobId").asString());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode dataset = dataset(id);
        assertThat(dataset.get("version").asInt()).isEqualTo(2);
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(1474);
    }

    @Test
    void aUrlThatAnswers404IsRefusedWithTheServersAnswer() {
        var response = admin().postJson("/v1/datasets/from-url", Map.of("url", url("/nothing/here.csv")));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo("fetch.failed");
        assertThat(problem.get("messageCode").asString()).isEqualTo("fetch.http-status");
        assertThat(problem.get("title").asString()).isEqualTo("Niet te verwerken");
        assertThat(problem.get("details").get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("De server op " + url("/nothing/here.csv")
                + " antwoordde met HTTP 404 (niet gevonden): controleer het webadres.");
        JsonNode english = json(admin().inLanguage("en").postJson("/v1/datasets/from-url",
                Map.of("url", url("/nothing/here.csv"))));
        assertThat(english.get("title").asString()).isEqualTo("Unprocessable Content");
        assertThat(english.get("detail").asString()).contains("HTTP 404 (Not Found): check the URL",
                "/nothing/here.csv");
    }

    @Test
    void aSourceThatStartsAnswering404IsAFailedFetchAndTheVersionStays() {
        String path = serveFile("weg.csv", shared("data/real/groningen_vs30_per_pc4.csv"), "\"gone-1\"");
        String id = createFromUrl(url(path), "daily").get("id").asString();
        FILES.remove(path);

        JsonNode source = refresh(id);

        assertThat(source.get("lastStatus").asString()).isEqualTo("failed");
        assertThat(source.get("lastMessageCode").asString()).isEqualTo("fetch.failed-kept");
        assertThat(source.get("lastMessage").asString()).contains("antwoordde met HTTP 404 (niet gevonden)",
                "De huidige versie blijft.");
        assertThat(json(admin().inLanguage("en").get("/v1/datasets/" + id + "/source")).get("lastMessage")
                .asString()).contains("answered HTTP 404 (Not Found)", "The current version stays");
        assertThat(source(id).get("lastStatus").asString()).as("recorded, visible in the API").isEqualTo("failed");
        assertThat(source.get("etag").asString()).as("validators kept for the next try").isEqualTo("\"gone-1\"");
        JsonNode dataset = dataset(id);
        assertThat(dataset.get("version").asInt()).isEqualTo(1);
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(391);
    }

    @Test
    void moreThanFiveRedirectsIsAFailedFetch() {
        var response = admin().postJson("/v1/datasets/from-url", Map.of("url", url("/loop/0")));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("detail").asString()).contains("verwees meer dan 5 keer door");
    }

    @Test
    void aFileUrlIsRefused() {
        var response = admin().postJson("/v1/datasets/from-url", Map.of("url", "file:///etc/passwd"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo("fetch.url-refused");
        assertThat(problem.get("title").asString()).isEqualTo("Ongeldig verzoek");
        assertThat(problem.get("detail").asString()).isEqualTo("Datakraam haalt alleen bestanden op via http en"
                + " https; 'file:' is niet toegestaan.");
        assertThat(json(admin().inLanguage("en").postJson("/v1/datasets/from-url", Map.of("url", "file:///etc/passwd")))
                .get("detail").asString()).contains("only http and https");
    }

    @Test
    void parameterErrorsSayWhatIsAllowedInDutchAndEnglish() {
        var missing = admin().postJson("/v1/datasets/from-url", Map.of("title", "Zonder adres"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("code").asString()).isEqualTo("request.invalid-parameter");
        assertThat(json(missing).get("messageCode").asString()).isEqualTo("request.parameter-missing");
        assertThat(json(missing).get("detail").asString()).isEqualTo("url ontbreekt: geef het http- of https-adres"
                + " van het bestand dat Datakraam moet ophalen.");

        var schedule = admin().postJson("/v1/datasets/from-url", Map.of("url", url("/x.csv"), "schedule", "hourly"));
        assertThat(json(schedule).get("detail").asString()).isEqualTo("schedule moet een van deze waarden hebben:"
                + " none, daily, weekly, monthly.");
        var english = admin().inLanguage("en").postJson("/v1/datasets/from-url",
                Map.of("url", url("/x.csv"), "accessLevel", "geheim"));
        assertThat(json(english).get("detail").asString()).isEqualTo("accessLevel must be one of: openbaar, intern,"
                + " beperkt, vertrouwelijk.");
        assertThat(json(english).get("title").asString()).isEqualTo("Bad Request");
    }

    @Test
    void onlyAdministratorsFetchAndAnonymousCallersSeeNoSourceOfAnInternalDataset() {
        var anonymous = anonymous().postJson("/v1/datasets/from-url", Map.of("url", url("/x.csv")));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        String path = serveFile("intern.csv", shared("data/real/groningen_vs30_per_pc4.csv"), "\"intern-1\"");
        var response = admin().postJson("/v1/datasets/from-url", Map.of("url", url(path)));
        assertThat(response.statusCode()).isEqualTo(202);
        String id = json(response).get("id").asString();
        admin().awaitJob(json(response).get("jobId").asString());

        assertThat(anonymous().get("/v1/datasets/" + id + "/source").statusCode()).isEqualTo(404);
        assertThat(anonymous().postJson("/v1/datasets/" + id + "/source/refresh", Map.of()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theScheduledRoundFetchesDueSourcesOnly() throws Exception {
        String duePath = serveFile("due.csv", shared("data/real/groningen_vs30_per_pc4.csv"), "\"due-1\"");
        String dueId = createFromUrl(url(duePath), "daily").get("id").asString();
        String laterPath = serveFile("later.csv", shared("data/real/groningen_vs30_per_pc4.csv"), "\"later-1\"");
        String laterId = createFromUrl(url(laterPath), "weekly").get("id").asString();
        FILES.put(duePath, new Served(shared("data/real/rvig_tabel33_gemeententabel.csv"), "\"due-2\""));
        FILES.put(laterPath, new Served(shared("data/real/rvig_tabel33_gemeententabel.csv"), "\"later-2\""));
        OffsetDateTime twoDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2);
        for (String id : List.of(dueId, laterId)) {
            jdbc.sql("update fetch_source set last_fetched_at = :at where dataset_id = :id")
                    .param("at", twoDaysAgo).param("id", UUID.fromString(id)).update();
        }

        fetchDueSources.executeRecurringly(null, null);

        JsonNode due = source(dueId);
        assertThat(due.get("lastStatus").asString()).as(due.toString()).isEqualTo("fetched");
        assertThat(admin().awaitJob(due.get("lastJobId").asString()).get("status").asString()).isEqualTo("succeeded");
        assertThat(dataset(dueId).get("version").asInt()).isEqualTo(2);
        assertThat(dataset(dueId).get("rowCount").asLong()).isEqualTo(1474);
        assertThat(source(laterId).get("etag").asString()).as("weekly, fetched two days ago").isEqualTo("\"later-1\"");
        assertThat(dataset(laterId).get("version").asInt()).isEqualTo(1);
    }
}
