// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import nl.datakraam.access.Authorization;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.shared.LocalisedMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/jobs/{id}}: status and progress of a background job; {@code POST /v1/jobs/{id}/cancel}. A failed
 * job's {@code error.message} is in the language {@code Accept-Language} asks for (Dutch unless English is
 * preferred); {@code code}, the positions and {@code arguments} let a client say it in its own words.
 */
@RestController
class JobApiController {

    private final Jobs jobs;
    private final Authorization authorization;
    private final Clock clock;
    private final LocalisedMessages messages;

    JobApiController(Jobs jobs, Authorization authorization, Clock clock, LocalisedMessages messages) {
        this.jobs = jobs;
        this.authorization = authorization;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/v1/jobs/{id}")
    JobResponse get(@PathVariable UUID id, Locale locale) {
        return JobResponse.of(jobs.get(new JobId(id), authorization.currentCaller()), clock.instant(),
                error -> JobError.of(error, messages, locale));
    }

    /**
     * Asks the job to stop; answers the job as it is now ({@code cancelled}, or still {@code running} briefly). A job
     * that has already finished is answered 409 {@code job.already-finished}, unchanged.
     */
    @Operation(summary = "Cancel a queued, running or awaiting_review job; nothing of it is published")
    @ApiResponse(responseCode = "200", description = "The job as it is now: cancelled, or still running briefly")
    @ApiResponse(responseCode = "404", description = "No such job that you may see",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The job has already succeeded, failed or been cancelled;"
            + " code job.already-finished, nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/v1/jobs/{id}/cancel")
    JobResponse cancel(@PathVariable UUID id, Locale locale) {
        return JobResponse.of(jobs.cancel(new JobId(id), authorization.currentCaller()), clock.instant(),
                error -> JobError.of(error, messages, locale));
    }

    /**
     * @param status   {@code queued}, {@code running}, {@code awaiting_review}, {@code succeeded}, {@code failed} or
     *                 {@code cancelled}
     * @param subjectId the dataset the job works on
     * @param attempts  how often the job was started; more than 1 means it was resumed after a restart
     */
    record JobResponse(UUID id, String kind, String status, @Nullable UUID subjectId, Progress progress,
            @Nullable JobError error, int attempts, Instant createdAt, @Nullable Instant startedAt,
            @Nullable Instant finishedAt) {

        static JobResponse of(Job job, Instant now, Function<Job, JobError> error) {
            return new JobResponse(job.id().value(), job.kind(), job.status().code(), job.subjectId(),
                    new Progress(job.bytesDone(), job.bytesTotal(), job.rowsDone(), job.rowsPerSecond(now),
                            job.percent(), job.secondsLeft(now)),
                    job.errorCode() == null ? null : error.apply(job),
                    job.attempts(), job.createdAt(), job.startedAt(), job.finishedAt());
        }
    }

    /**
     * @param bytes        input bytes processed
     * @param bytesTotal   input size in bytes, when known
     * @param rows         rows processed
     * @param rowsPerSecond throughput since the start
     * @param percent      0–100, when the input size is known
     * @param secondsLeft  estimated seconds to go, while running
     */
    record Progress(long bytes, @Nullable Long bytesTotal, long rows, long rowsPerSecond, @Nullable Integer percent,
            @Nullable Long secondsLeft) {
    }

    /**
     * Why a job failed or stopped.
     *
     * @param code      stable key, {@code <kind>.<issue code>}, e.g. {@code ingest.row.extra-values}
     * @param message   what was found, where, and what to do, in the language asked for ({@code Accept-Language}:
     *                  {@code nl}, the default, or {@code en})
     * @param file      the name of the uploaded file, when the failure is about one
     * @param line      1-based position in the file (a line, a sheet row, or a feature), when known
     * @param column    1-based column, when known
     * @param field     the field concerned, when known
     * @param arguments the other facts the message names, by name (counts, limits, byte values, sheet names, a
     *                  nested message as {@code {code, arguments, english}}); never cell values
     */
    record JobError(String code, @Nullable String message, @Nullable String file, @Nullable Long line,
            @Nullable Integer column, @Nullable String field, Map<String, Object> arguments) {

        private static final Set<String> POSITIONS = Set.of("file", "line", "column", "field");

        static JobError of(Job job, LocalisedMessages messages, Locale locale) {
            String code = Objects.requireNonNull(job.errorCode());
            Map<String, Object> all = job.errorArguments();
            String english = job.errorMessage() == null ? code : job.errorMessage();
            Map<String, Object> others = new TreeMap<>(all);
            others.keySet().removeAll(POSITIONS);
            return new JobError(code, messages.jobError(code, all, locale, english),
                    all.get("file") instanceof String file ? file : null,
                    all.get("line") instanceof Number line && line.longValue() > 0 ? line.longValue() : null,
                    all.get("column") instanceof Number column && column.intValue() > 0 ? column.intValue() : null,
                    all.get("field") instanceof String field ? field : null, others);
        }
    }
}
