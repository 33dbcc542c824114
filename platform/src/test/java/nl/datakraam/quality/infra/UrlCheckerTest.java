// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.datakraam.quality.mqa.Reachability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reachability check against a tiny HTTP server on loopback. */
class UrlCheckerTest {

    private HttpServer server;
    private String base;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final UrlChecker checker = new UrlChecker(Duration.ofSeconds(2), Duration.ofMillis(1500));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            seen.add(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/no-head", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Range"));
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
            } else {
                byte[] body = "a".getBytes();
                exchange.sendResponseHeaders(206, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aHeadAnswered2xxIsReachable() {
        Reachability result = checker.check(base + "/ok");

        assertThat(result.status()).isEqualTo(Reachability.Status.REACHABLE);
        assertThat(result.code()).isEqualTo(200);
        assertThat(seen).containsExactly("HEAD");
    }

    @Test
    void fallsBackToAOneByteGetWhenHeadIsRefused() {
        Reachability result = checker.check(base + "/no-head");

        assertThat(result.status()).isEqualTo(Reachability.Status.REACHABLE);
        assertThat(result.code()).isEqualTo(206);
        assertThat(seen).containsExactly("HEAD null", "GET bytes=0-0");
    }

    @Test
    void followsRedirects() {
        assertThat(checker.check(base + "/moved").code()).isEqualTo(200);
    }

    @Test
    void a404IsUnreachable() {
        Reachability result = checker.check(base + "/gone");

        assertThat(result.status()).isEqualTo(Reachability.Status.UNREACHABLE);
        assertThat(result.code()).isEqualTo(404);
    }

    @Test
    void aServerSlowerThanTheTimeoutIsUnreachable() {
        Reachability result = checker.check(base + "/slow");

        assertThat(result.status()).isEqualTo(Reachability.Status.UNREACHABLE);
        assertThat(result.detail()).contains("Timeout");
    }

    @Test
    void nothingListeningIsUnreachable() {
        server.stop(0);

        assertThat(checker.check(base + "/ok").status()).isEqualTo(Reachability.Status.UNREACHABLE);
    }
}
