// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * The records of a {@link RecordSource} in batches of {@value #SIZE}, in file order, optionally read ahead on a
 * thread of its own so that splitting records (reading, decoding, unquoting: about half of an inference pass over a
 * CSV file) runs on one core while the caller infers types on another. The values and their order are exactly those
 * of {@link RecordSource#next()}; a failure of the source (an {@link IOException}, a {@link TabularException} naming
 * its line) reaches the caller in place of the batch it occurred in, after the batches before it, whether read ahead
 * or not.
 *
 * <p>Read ahead, at most {@value #QUEUED} batches wait (a few MB for ordinary records; records are bounded by
 * {@link RecordSource}). {@link #close()} stops the reading thread and waits for it, so the source may be closed or
 * asked for {@link RecordSource#issues()} afterwards. Used by one thread; not thread-safe.
 */
final class RecordBatches implements AutoCloseable {

    /** Records per batch; divides {@link TabularInference}'s progress interval, so progress is reported as before. */
    static final int SIZE = 1024;

    private static final int QUEUED = 4;

    /** Records read, and the source's {@link RecordSource#bytesRead()} after the last of them. */
    record Batch(List<CsvRecord> records, long bytesRead) {
    }

    /** What the reading thread hands over: a batch, the end, or the failure that stopped it. */
    private sealed interface Item {
    }

    private record Records(Batch batch) implements Item {
    }

    private record End() implements Item {
    }

    private record Failure(Throwable cause) implements Item {
    }

    private final RecordSource source;
    private final @Nullable BlockingQueue<Item> queue;
    private final @Nullable Thread reader;
    private volatile boolean stopped;
    private boolean ended;

    /**
     * @param readAhead whether to read on a thread of its own; without it {@link #next()} reads on the caller's
     *                  thread
     */
    RecordBatches(RecordSource source, boolean readAhead) {
        this.source = source;
        if (readAhead) {
            this.queue = new ArrayBlockingQueue<>(QUEUED);
            this.reader = Thread.ofPlatform().name("tabular-read-ahead").daemon().start(this::readAll);
        } else {
            this.queue = null;
            this.reader = null;
        }
    }

    /** Whether reading ahead can help: a second core is there to do it. */
    static boolean worthReadingAhead() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * The next batch (never empty), or null at the end.
     *
     * @throws IOException      as the source throws it, or when interrupted while waiting
     * @throws TabularException as the source throws it
     */
    @Nullable Batch next() throws IOException {
        if (ended) {
            return null;
        }
        if (queue == null) {
            Batch batch = read();
            ended = batch == null;
            return batch;
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the file");
        }
        switch (item) {
            case Records records -> {
                return records.batch();
            }
            case End end -> {
                ended = true;
                return null;
            }
            case Failure failure -> {
                ended = true;
                switch (failure.cause()) {
                    case IOException e -> throw e;
                    case RuntimeException e -> throw e;
                    case Error e -> throw e;
                    default -> throw new UncheckedIOException(new IOException(failure.cause()));
                }
            }
        }
    }

    private @Nullable Batch read() throws IOException {
        List<CsvRecord> records = new ArrayList<>(SIZE);
        for (CsvRecord record; records.size() < SIZE && (record = source.next()) != null; ) {
            records.add(record);
        }
        return records.isEmpty() ? null : new Batch(records, source.bytesRead());
    }

    /** The reading thread: batches until the end, a failure, or {@link #close()}. */
    private void readAll() {
        Item last;
        try {
            for (Batch batch; !stopped && (batch = read()) != null; ) {
                queue.put(new Records(batch));
            }
            last = new End();
        } catch (InterruptedException e) {
            return;
        } catch (Throwable e) {
            last = new Failure(e);
        }
        try {
            queue.put(last);
        } catch (InterruptedException e) {
            // closed: nobody waits for it
        }
    }

    /**
     * Stops reading ahead and waits for the reading thread to let go of the source. The thread is not interrupted (an
     * interrupt during a read would close the file's channel under the source); batches it still hands over are
     * dropped, and it stops after the batch it is reading.
     */
    @Override
    public void close() {
        if (reader == null) {
            return;
        }
        stopped = true;
        boolean interrupted = false;
        while (reader.isAlive()) {
            queue.clear();
            try {
                reader.join(10);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
