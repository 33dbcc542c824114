// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The platform's clock; a test that moves it resets it in a {@code finally}. */
    @Autowired
    protected MovableClock clock;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("datakraam.data-dir", DATA_DIR::toString);
        registry.add("datakraam.bootstrap.token", () -> TOKEN);
    }

    /** A client signed in with the bootstrap token. */
    protected ApiClient admin() {
        return new ApiClient(port, TOKEN);
    }

    /** A client without credentials. */
    protected ApiClient anonymous() {
        return new ApiClient(port, null);
    }
}
