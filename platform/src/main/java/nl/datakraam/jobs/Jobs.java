// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.StoredArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job records and their scheduling. A job is created {@code queued}, moved to {@code running} by its task, updated
 * with progress at most about once a second by the task, and ended {@code succeeded} or {@code failed} with a
 * message. Thread-safe.
 */
@Service
public class Jobs {

    private final JdbcClient jdbc;
    private final SchedulerClient scheduler;
    private final Authorization authorization;
    private final Clock clock;
    private final JsonMapper json;

    public Jobs(JdbcClient jdbc, @Lazy SchedulerClient scheduler, Authorization authorization, Clock clock,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.authorization = authorization;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Records a queued job and schedules its task instance to run as soon as a node is free.
     *
     * @param task       the task instance to run; its id should be the job id
     * @param bytesTotal input size in bytes, when known
     */
    public JobId submit(JobId id, String kind, UUID subjectId, String createdBy, @Nullable Long bytesTotal,
            TaskInstance<?> task) {
        var now = now();
        jdbc.sql("""
                insert into job (id, kind, subject_id, status, bytes_total, created_by, created_at, updated_at)
                values (:id, :kind, :subject, 'queued', :total, :createdBy, :now, :now)""")
                .param("id", id.value())
                .param("kind", kind)
                .param("subject", subjectId)
                .param("total", bytesTotal)
                .param("createdBy", createdBy)
                .param("now", now)
                .update();
        scheduler.scheduleIfNotExists(task, Instant.now()); // the scheduler's own time, not the platform clock
        return id;
    }

    /** Marks the job running; called again when a job is resumed after its node stopped (attempts counts them). */
    public void started(JobId id) {
        jdbc.sql("""
                update job set status = 'running', started_at = :now, updated_at = :now, bytes_done = 0, rows_done = 0,
                    attempts = attempts + 1, error_code = null, error_message = null, error_arguments = null,
                    finished_at = null
                where id = :id""")
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    /**
     * Records progress.
     *
     * @return false when someone asked to cancel the job: the task should stop, clean up and call
     *     {@link #cancelled}
     */
    public boolean progressed(JobId id, long bytesDone, long rowsDone) {
        jdbc.sql("update job set bytes_done = :bytes, rows_done = :rows, updated_at = :now where id = :id")
                .param("bytes", bytesDone)
                .param("rows", rowsDone)
                .param("now", now())
                .param("id", id.value())
                .update();
        return !jdbc.sql("select cancel_requested from job where id = :id").param("id", id.value())
                .query(Boolean.class).single();
    }

    /**
     * Asks a job to stop. A job awaiting review, or queued and not yet picked up, is cancelled at once (a queued job
     * is taken off the schedule); a running one, or a queued one a node has already claimed, stops at its next
     * progress report (within about a second) and nothing of it is published.
     *
     * @return the job as it is now: {@code cancelled}, or still {@code queued} / {@code running} for a moment
     * @throws PlatformException {@link ErrorCode#JOB_NOT_FOUND} when the caller may not see the job;
     *     {@link ErrorCode#JOB_ALREADY_FINISHED} (409) when it has already succeeded, failed or been cancelled, in
     *     which case nothing is changed ({@code details.jobId}, {@code details.status})
     */
    public Job cancel(JobId id, Caller caller) {
        Job job = get(id, caller);
        if (job.status().isFinished()) {
            throw new PlatformException(ErrorCode.JOB_ALREADY_FINISHED, "Job " + id + " has already finished ("
                    + job.status().code() + "), so there is nothing to cancel; nothing was changed."
                    + (job.status() == JobStatus.SUCCEEDED ? " To undo its result, upload a new version." : ""),
                    java.util.Map.of("jobId", id.toString(), "status", job.status().code()));
        }
        if (job.status() == JobStatus.AWAITING_REVIEW) {
            cancelled(id);
        } else if (job.status() == JobStatus.QUEUED && scheduler.getScheduledExecution(
                TaskInstanceId.of(job.kind(), id.toString())).filter(execution -> !execution.isPicked()).isPresent()) {
            scheduler.cancel(TaskInstanceId.of(job.kind(), id.toString()));
            cancelled(id);
        } else {
            // running, or queued under a task instance of another id (a job resumed after its review): the task
            // sees the request at its next progress report
            jdbc.sql("update job set cancel_requested = true, updated_at = :now where id = :id")
                    .param("now", now())
                    .param("id", id.value())
                    .update();
        }
        return find(id).orElseThrow();
    }

    /** Ends a job that stopped on request; nothing of it may remain visible. */
    public void cancelled(JobId id) {
        jdbc.sql("""
                update job set status = 'cancelled', error_code = 'job.cancelled',
                    error_message = 'Cancelled on request. Nothing was published.', finished_at = :now,
                    updated_at = :now where id = :id""")
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    public void succeeded(JobId id, long bytesDone, long rowsDone) {
        jdbc.sql("""
                update job set status = 'succeeded', bytes_done = :bytes, rows_done = :rows, finished_at = :now,
                    updated_at = :now where id = :id""")
                .param("bytes", bytesDone)
                .param("rows", rowsDone)
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    /**
     * @param errorCode stable key
     * @param message   what went wrong, where, and what to do, in English; never personal values
     */
    public void failed(JobId id, String errorCode, String message) {
        failed(id, errorCode, Map.of(), message);
    }

    /**
     * Ends a job {@code failed}, with what the interface needs to say why in the reader's language.
     *
     * @param errorCode {@code <kind>.<issue code>}, e.g. {@code ingest.value.invalid}; the interface says it with
     *                  the message {@code issue.<issue code>}
     * @param arguments the facts that message names (positions, counts, names; never personal values): strings,
     *                  numbers, booleans and lists of them, or nested messages
     * @param message   the same in English words, for logs and as the fallback
     */
    public void failed(JobId id, String errorCode, Map<String, ?> arguments, String message) {
        jdbc.sql("""
                update job set status = 'failed', error_code = :code, error_message = :message,
                    error_arguments = :arguments, finished_at = :now, updated_at = :now where id = :id""")
                .param("code", errorCode)
                .param("message", message.length() > 2000 ? message.substring(0, 2000) : message)
                .param("arguments", StoredArguments.write(json, arguments))
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    /**
     * Parks a running job until a person decides: status {@code awaiting_review}, with what they must decide on.
     *
     * @param proposal JSON for the module that will continue the job; opaque to this module
     */
    public void awaitReview(JobId id, String proposal) {
        jdbc.sql("update job set status = 'awaiting_review', proposal = :proposal, updated_at = :now where id = :id")
                .param("proposal", proposal)
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    /** The proposal a job waits with, if it is awaiting review. */
    public Optional<String> proposal(JobId id) {
        return jdbc.sql("select proposal from job where id = :id and status = 'awaiting_review'")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    /**
     * Continues a job that awaited review: queued again, its task instance scheduled to run now.
     *
     * @param task a task instance with an id of its own (not the one that parked the job)
     */
    public void resume(JobId id, TaskInstance<?> task) {
        jdbc.sql("update job set status = 'queued', cancel_requested = false, updated_at = :now where id = :id")
                .param("now", now())
                .param("id", id.value())
                .update();
        scheduler.scheduleIfNotExists(task, Instant.now()); // the scheduler's own time, not the platform clock
    }

    /** The job, without an access check; for tasks and for modules that check access themselves. */
    public Optional<Job> find(JobId id) {
        return jdbc.sql("select * from job where id = :id").param("id", id.value()).query((rs, n) -> toJob(rs))
                .optional();
    }

    /**
     * The job, for a caller who may see it: its creator, or the beheerder ({@link Authorization#maySeeAllJobs}).
     *
     * @throws PlatformException {@link ErrorCode#JOB_NOT_FOUND} otherwise (absence and refusal look the same)
     */
    public Job get(JobId id, Caller caller) {
        return find(id)
                .filter(job -> job.createdBy().equals(caller.id()) || authorization.maySeeAllJobs(caller))
                .filter(job -> !caller.isAnonymous())
                .orElseThrow(() -> new PlatformException(ErrorCode.JOB_NOT_FOUND, "No job " + id + " that you may see.",
                        java.util.Map.of("jobId", id.toString())));
    }

    /** The most recent job about a subject (e.g. the last ingest of a dataset). */
    public Optional<Job> latestFor(UUID subjectId) {
        return jdbc.sql("select * from job where subject_id = :subject order by created_at desc limit 1")
                .param("subject", subjectId)
                .query((rs, n) -> toJob(rs))
                .optional();
    }

    private Job toJob(ResultSet rs) throws SQLException {
        long total = rs.getLong("bytes_total");
        Long bytesTotal = rs.wasNull() ? null : total;
        return new Job(new JobId(rs.getObject("id", UUID.class)), rs.getString("kind"),
                rs.getObject("subject_id", UUID.class),
                JobStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)), bytesTotal,
                rs.getLong("bytes_done"), rs.getLong("rows_done"), rs.getString("error_code"),
                rs.getString("error_message"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("created_by"), rs.getInt("attempts"),
                StoredArguments.read(json, rs.getString("error_arguments")));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
