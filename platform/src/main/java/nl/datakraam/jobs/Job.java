// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as people see it.
 *
 * @param kind        what the job does, e.g. {@code ingest}
 * @param subjectId   what it works on, e.g. a dataset id
 * @param bytesTotal  input size in bytes, when known
 * @param bytesDone   input bytes processed
 * @param rowsDone    rows processed
 * @param errorCode   stable key of the failure, when failed: {@code <kind>.<issue code>}, e.g.
 *                    {@code ingest.value.invalid}, {@code job.cancelled}
 * @param errorMessage the failure in English words: what, where (line, field) and what to do
 * @param attempts    how often the job was started; more than 1 means it was resumed after its node stopped
 * @param errorArguments the facts of the failure by name, positions among them ({@code file}, {@code line},
 *                    {@code column}, {@code field}), for saying it in the reader's language; empty when none were
 *                    recorded
 */
public record Job(JobId id, String kind, @Nullable UUID subjectId, JobStatus status, @Nullable Long bytesTotal,
        long bytesDone, long rowsDone, @Nullable String errorCode, @Nullable String errorMessage, Instant createdAt,
        @Nullable Instant startedAt, @Nullable Instant finishedAt, String createdBy, int attempts,
        Map<String, Object> errorArguments) {

    public Job {
        errorArguments = Map.copyOf(errorArguments);
    }

    /** Rows per second since the job started, measured up to {@code now} or to its end; 0 before it starts. */
    public long rowsPerSecond(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        long millis = Duration.between(startedAt, finishedAt != null ? finishedAt : now).toMillis();
        return millis <= 0 ? 0 : rowsDone * 1000 / millis;
    }

    /**
     * Estimated seconds until the job ends, from the byte rate so far; null before there is a rate to go by or once
     * finished.
     */
    public @Nullable Long secondsLeft(Instant now) {
        if (startedAt == null || status.isFinished() || bytesTotal == null || bytesDone <= 0) {
            return null;
        }
        long elapsedMillis = Duration.between(startedAt, now).toMillis();
        return Math.max(0, (bytesTotal - bytesDone) * elapsedMillis / bytesDone / 1000);
    }

    /** Share of the input done, 0–100, or null when the input size is unknown. */
    public @Nullable Integer percent() {
        if (status == JobStatus.SUCCEEDED) {
            return 100;
        }
        if (bytesTotal == null || bytesTotal <= 0) {
            return null;
        }
        return (int) Math.min(99, bytesDone * 100 / bytesTotal);
    }
}
