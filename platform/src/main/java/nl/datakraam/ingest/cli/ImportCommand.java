// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.JobStatus;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar datakraam.jar import FILE [--title=TITLE] [--access-level=openbaar|intern|beperkt|vertrouwelijk]
 * [--crs=28992] [--lang=nl|en]}: imports one file through {@link IngestService}, exactly as an upload, as the administrator, waits
 * for the ingest job and prints its outcome: the rows and what the ingest noticed (file, line, field and what to
 * do), or why it failed. After a successful ingest it also waits for the job that profiles the new version (queued
 * at the commit), so that the command ends with the version complete, profile and checks included, instead of
 * leaving that job to whichever process starts next. {@code --crs} confirms the CRS of coordinates the file does not declare, as the upload's
 * {@code crs} field does. It speaks English, or Dutch when {@code --lang=nl} or the system's language is Dutch; it
 * never prints a stack trace (those go to the log). Exit code 0 on success, 1 when the ingest failed, 2 for wrong
 * arguments.
 */
@Component
@Profile("cli-import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Caller CLI = Caller.administrator("cli");

    private final IngestService ingest;
    private final Jobs jobs;
    private final Catalog catalog;
    private final LocalisedMessages messages;
    private final MessageSource texts;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    ImportCommand(IngestService ingest, Jobs jobs, Catalog catalog, LocalisedMessages messages, MessageSource texts) {
        this.ingest = ingest;
        this.jobs = jobs;
        this.catalog = catalog;
        this.messages = messages;
        this.texts = texts;
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments args) {
        Locale locale = LocalisedMessages.commandLine(args);
        try {
            importFile(args, locale);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(text("cli.interrupted", locale));
            exitCode = 1;
        } catch (IOException | RuntimeException e) {
            log.error("The import command failed", e);
            err.println(text("cli.unexpected", locale, e.getClass().getSimpleName()));
            exitCode = 1;
        }
    }

    private void importFile(ApplicationArguments args, Locale locale) throws IOException, InterruptedException {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 2 || !"import".equals(words.get(0))) {
            usage(text("cli.one-file", locale), locale);
            return;
        }
        Path file = Path.of(words.get(1));
        if (!Files.isRegularFile(file)) {
            usage(text("cli.no-such-file", locale, file), locale);
            return;
        }
        AccessLevel level;
        try {
            level = args.containsOption("access-level")
                    ? AccessLevel.fromCode(args.getOptionValues("access-level").getFirst()) : AccessLevel.INTERN;
        } catch (IllegalArgumentException e) {
            usage(text("cli.access-level", locale), locale);
            return;
        }
        String title = args.containsOption("title") ? args.getOptionValues("title").getFirst() : null;
        IngestSubmission submission;
        try (InputStream content = Files.newInputStream(file)) {
            Integer crs = IngestService.crsParameter(args.containsOption("crs")
                    ? args.getOptionValues("crs").getFirst() : null);
            submission = ingest.submit(file.getFileName().toString(), content, title, level, false, crs, CLI);
        } catch (PlatformException e) {
            err.println(text("cli.refused", locale, e.message() != null ? messages.message(e.message(), locale)
                    : messages.error(e.code().key(), e.details(), locale, e.getMessage())));
            exitCode = 2;
            return;
        }
        out.println(text("cli.started", locale, file, submission.datasetId(), submission.jobId()));
        Job job = finished(submission.jobId());
        if (job.status() == JobStatus.SUCCEEDED) {
            DatasetVersion version = catalog.get(submission.datasetId(), CLI).currentVersion();
            if (version != null) {
                // the version's profiling job, queued when it was committed
                Optional<Job> profiling = jobs.latestFor(version.id());
                if (profiling.isPresent()) {
                    finished(profiling.get().id());
                }
                for (VersionIssue issue : version.issues()) {
                    out.println(messages.severity(issue.severity(), locale) + ": "
                            + issue.localised(messages, version.sourceFilename(), locale).message());
                }
            }
            out.println(text("cli.done", locale, Long.toString(job.rowsDone()), submission.datasetId()));
        } else {
            String code = job.errorCode() == null ? "job.failed" : job.errorCode();
            err.println(text("cli.failed", locale, code, messages.jobError(code, job.errorArguments(), locale,
                    job.errorMessage() == null ? code : job.errorMessage())));
            exitCode = 1;
        }
    }

    /** Waits until the job has finished, and returns it. */
    private Job finished(JobId id) throws InterruptedException {
        Job job = jobs.find(id).orElseThrow();
        while (!job.status().isFinished()) {
            Thread.sleep(POLL);
            job = jobs.find(id).orElseThrow();
        }
        return job;
    }

    private void usage(String problem, Locale locale) {
        err.println(problem);
        err.println(text("cli.usage", locale));
        exitCode = 2;
    }


    private String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, arguments, locale);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
