// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A download stops with an error, never a silent end of file, at the size limit and when the server stalls. */
class GuardedBodyTest {

    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        watchdog.shutdownNow();
    }

    @Test
    void passesABodyWithinTheLimitThroughAndCountsIt() throws IOException {
        try (var body = new GuardedBody(new ByteArrayInputStream(new byte[1000]), 1000, Duration.ofSeconds(5), watchdog)) {
            assertThat(body.transferTo(OutputStream.nullOutputStream())).isEqualTo(1000);
            assertThat(body.count()).isEqualTo(1000);
            assertThat(body.failure()).isNull();
        }
    }

    @Test
    void stopsAtTheSizeLimit() throws IOException {
        try (var body = new GuardedBody(new ByteArrayInputStream(new byte[5000]), 1000, Duration.ofSeconds(5), watchdog)) {
            assertThatThrownBy(() -> body.transferTo(OutputStream.nullOutputStream()))
                    .isInstanceOf(GuardedBody.TooLarge.class);
            assertThat(body.failure()).isInstanceOf(GuardedBody.TooLarge.class);
        }
    }

    @Test
    void stopsWhenTheServerSendsNothingForTheReadTimeout() throws IOException {
        var silent = new SilentUntilClosed();
        try (var body = new GuardedBody(silent, 1000, Duration.ofMillis(300), watchdog)) {
            assertThatThrownBy(() -> body.transferTo(OutputStream.nullOutputStream()))
                    .isInstanceOf(GuardedBody.Stalled.class);
            assertThat(body.failure()).isInstanceOf(GuardedBody.Stalled.class);
        }
    }

    /** A server that has sent the headers and then nothing: reads block until the stream is closed. */
    private static final class SilentUntilClosed extends InputStream {
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public int read() throws IOException {
            try {
                if (!closed.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("the watchdog did not close the stream");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
