// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A response body as it streams in: stops at the size limit, and stops when the server sends nothing for the read
 * timeout (the JDK's HTTP client has no timeout of its own once the headers are in). Either stop is an
 * {@link IOException} for whoever is reading, never a silent end of the file.
 */
final class GuardedBody extends FilterInputStream {

    /** The body passed the size limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("larger than " + limit + " bytes");
        }
    }

    /** The server stopped sending. */
    static final class Stalled extends IOException {
        private final long seconds;

        Stalled(Duration idle) {
            super("no data for " + idle.toSeconds() + " s");
            this.seconds = idle.toSeconds();
        }

        /** How long no data came, in seconds. */
        long seconds() {
            return seconds;
        }
    }

    private final long maxBytes;
    private final Duration idle;
    private final ScheduledFuture<?> watch;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;
    private volatile @Nullable IOException failure;
    private long count;

    GuardedBody(InputStream in, long maxBytes, Duration idle, ScheduledExecutorService watchdog) {
        super(in);
        this.maxBytes = maxBytes;
        this.idle = idle;
        long period = Math.max(100, Math.min(1000, idle.toMillis() / 4));
        this.watch = watchdog.scheduleAtFixedRate(this::checkIdle, period, period, TimeUnit.MILLISECONDS);
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    /** Why reading stopped early, when it did: the download's fault, as opposed to the disk's. */
    @Nullable IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw fail(stalled ? new Stalled(idle) : e);
        }
        if (stalled) {
            throw fail(new Stalled(idle));
        }
        if (n > 0) {
            count += n;
            lastProgress = System.nanoTime();
            if (count > maxBytes) {
                throw fail(new TooLarge(maxBytes));
            }
        }
        return n;
    }

    private IOException fail(IOException e) {
        failure = e;
        return e;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public void close() throws IOException {
        watch.cancel(false);
        super.close();
    }

    private void checkIdle() {
        if (System.nanoTime() - lastProgress > idle.toNanos()) {
            stalled = true;
            watch.cancel(false);
            try {
                in.close();
            } catch (IOException ignored) {
                // the reader learns of the stall from the flag
            }
        }
    }
}
