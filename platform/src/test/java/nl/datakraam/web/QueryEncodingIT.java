// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query string that is not percent-encoded UTF-8 (raw bytes such as {@code %FF}) is refused with 400: an RFC 9457
 * problem on the API, the error page for a browser, in Dutch or English; no ERROR and no stack trace in the log.
 */
class QueryEncodingIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String pathAndQuery, String accept, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", accept).header("Accept-Language", language)
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aQueryStringThatIsNotUtf8IsRefusedWith400AndNoStackTrace() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            for (String path : List.of("/v1/search?q=%FF%FE%80", "/v1/datasets?q=%FF",
                    "/v1/quality/dashboard?organisation=%FF", "/v1/datasets?q=%C3")) {
                var dutch = get(path, "application/json", "nl");
                assertThat(dutch.statusCode()).as(path + ": " + dutch.body()).isEqualTo(400);
                assertThat(dutch.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
                JsonNode problem = JSON.readTree(dutch.body());
                assertThat(problem.get("code").asString()).isEqualTo("request.invalid-encoding");
                assertThat(problem.get("status").asInt()).isEqualTo(400);
                assertThat(problem.get("detail").asString()).contains("geen geldige UTF-8");
                assertThat(problem.get("instance").asString()).isEqualTo(path.substring(0, path.indexOf('?')));
            }
            JsonNode english = JSON.readTree(get("/v1/search?q=%FF", "application/json", "en").body());
            assertThat(english.get("detail").asString()).startsWith("The query string is not valid UTF-8");

            var page = get("/zoeken?q=%FF", "text/html", "nl");
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type")).get().asString().contains("text/html");
            assertThat(page.body()).contains("geen geldige UTF-8");

            assertThat(get("/v1/search?q=caf%C3%A9", "application/json", "nl").statusCode())
                    .as("valid UTF-8 is answered as before").isEqualTo(200);
        } finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).as("no ERROR, no stack trace")
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null);
        assertThat(logged.list).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().contains("not percent-encoded UTF-8"));
    }
}
