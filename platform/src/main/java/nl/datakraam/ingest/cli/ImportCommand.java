// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobStatus;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.shared.PlatformException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar datakraam.jar import FILE [--title=TITLE] [--access-level=openbaar|intern] [--crs=28992]}: imports
 * one file through {@link IngestService}, exactly as an upload, as the administrator, waits for the ingest job and
 * prints its outcome. {@code --crs} confirms the CRS of coordinates the file does not declare, as the upload's
 * {@code crs} field does. Exit code 0 on success, 1 when the ingest failed, 2 for wrong arguments.
 */
@Component
@Profile("cli")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Duration POLL = Duration.ofMillis(200);

    private final IngestService ingest;
    private final Jobs jobs;
    private int exitCode;

    ImportCommand(IngestService ingest, Jobs jobs) {
        this.ingest = ingest;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 2 || !"import".equals(words.get(0))) {
            usage("Give exactly one file to import.");
            return;
        }
        Path file = Path.of(words.get(1));
        if (!Files.isRegularFile(file)) {
            usage("No such file: " + file);
            return;
        }
        AccessLevel level;
        try {
            level = args.containsOption("access-level")
                    ? AccessLevel.fromCode(args.getOptionValues("access-level").getFirst()) : AccessLevel.INTERN;
        } catch (IllegalArgumentException e) {
            usage("--access-level must be openbaar or intern.");
            return;
        }
        String title = args.containsOption("title") ? args.getOptionValues("title").getFirst() : null;
        IngestSubmission submission;
        try (InputStream content = Files.newInputStream(file)) {
            Integer crs = IngestService.crsParameter(args.containsOption("crs")
                    ? args.getOptionValues("crs").getFirst() : null);
            submission = ingest.submit(file.getFileName().toString(), content, title, level, false, crs,
                    Caller.administrator("cli"));
        } catch (PlatformException e) {
            System.err.println("Import refused: " + e.getMessage());
            exitCode = 2;
            return;
        }
        System.out.println("Imported " + file + " as dataset " + submission.datasetId() + "; job "
                + submission.jobId() + " is running…");
        Job job = jobs.find(submission.jobId()).orElseThrow();
        while (!job.status().isFinished()) {
            Thread.sleep(POLL);
            job = jobs.find(submission.jobId()).orElseThrow();
        }
        if (job.status() == JobStatus.SUCCEEDED) {
            System.out.println("Done: " + job.rowsDone() + " rows. Dataset " + submission.datasetId());
        } else {
            System.err.println("Ingest failed (" + job.errorCode() + "): " + job.errorMessage());
            exitCode = 1;
        }
    }

    private void usage(String problem) {
        System.err.println(problem);
        System.err.println("Usage: java -jar datakraam.jar import FILE [--title=TITLE] [--access-level=openbaar|intern]"
                + " [--crs=28992|4326|4258]");
        exitCode = 2;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
