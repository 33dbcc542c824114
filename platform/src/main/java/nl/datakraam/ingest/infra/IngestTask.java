// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.FieldOverride;
import nl.datakraam.catalog.DistributionFormat;
import nl.datakraam.catalog.NewDistribution;
import nl.datakraam.catalog.NewVersion;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.ingest.VersionMode;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.lib.tabular.CsvDialect;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.JsonLayout;
import nl.datakraam.lib.tabular.ProgressListener;
import nl.datakraam.lib.tabular.SheetLayout;
import nl.datakraam.lib.tabular.SourceLayout;
import nl.datakraam.lib.tabular.TabularException;
import nl.datakraam.shared.IssueCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable ingest job. Runs on whichever node claims it; if that node dies, the scheduler runs it again from the
 * raw upload (nothing of the interrupted attempt is visible, because the version is committed only at the end).
 * Never throws: every failure ends the job {@code failed} with a message for the steward.
 */
@Component
public class IngestTask extends OneTimeTask<IngestOrder> {

    /** The job kind and task name. */
    public static final String KIND = "ingest";

    private static final Logger log = LoggerFactory.getLogger(IngestTask.class);

    /** The ingest reads the dataset it writes to, whatever its access level. */
    private static final Caller INGEST = Caller.system("ingest");

    private final BlobStore blobs;
    private final Catalog catalog;
    private final Jobs jobs;
    private final TabularWriter writer;
    private final GeoWriter geo;
    private final ParquetUpload parquet;
    private final IngestSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final LocalisedMessages messages;

    IngestTask(BlobStore blobs, Catalog catalog, Jobs jobs, TabularWriter writer, GeoWriter geo, ParquetUpload parquet,
            IngestSettings settings, JsonMapper json, Clock clock, LocalisedMessages messages) {
        super(KIND, IngestOrder.class);
        this.blobs = blobs;
        this.catalog = catalog;
        this.jobs = jobs;
        this.writer = writer;
        this.geo = geo;
        this.parquet = parquet;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
    }

    /** The schedulable instance for an order; its id is the job id. */
    public TaskInstance<IngestOrder> instance(IngestOrder order) {
        return instance(order.jobId().toString(), order);
    }

    /**
     * The instance that continues an order after the steward confirmed its schema; an id of its own.
     *
     * @param crs the EPSG code confirmed in the review, or null for none
     */
    public TaskInstance<IngestOrder> confirmedInstance(IngestOrder order, @Nullable Integer crs) {
        return instance(order.jobId() + "-confirmed", order.confirmedByReview(crs));
    }

    /** Reads back what {@link #executeOnce} left for the review. */
    public StoredProposal proposal(String proposalJson) {
        return json.readValue(proposalJson, StoredProposal.class);
    }

    @Override
    public void executeOnce(TaskInstance<IngestOrder> instance, ExecutionContext context) {
        IngestOrder order = instance.getData();
        var jobId = new JobId(order.jobId());
        var datasetId = new DatasetId(order.datasetId());
        jobs.started(jobId);
        Path directory = null;
        try {
            long half = order.rawSize() / 2;
            Path raw = blobs.path(order.rawKey());
            boolean parking = order.review() && !order.confirmed();
            ProgressListener inferring = throttled(jobId, (bytes, rows) -> bytes / 2);
            // a Parquet file is read by DuckDB as it is; every other format by libs/tabular and libs/geo
            ParquetUpload.ParquetSource parquetSource = ParquetUpload.handles(order.filename())
                    ? parquet.infer(raw, order.crs(), parking, inferring) : null;
            GeoInference source = parquetSource != null ? null
                    : geo.infer(raw, order.filename(), order.crs(), parking, inferring);
            Inference inferred = parquetSource != null ? parquetSource.inference() : source.inference();
            List<VersionIssue> notes = new ArrayList<>(SchemaReview.issuesOf(inferred));
            Map<String, FieldOverride> overrides = catalog.overrides(datasetId);
            Inference reviewed = parquetSource != null ? parquet.applyOverrides(raw, parquetSource, overrides, notes)
                    : geo.applyOverrides(raw, source, overrides, notes);
            DatasetSchema schema = SchemaReview.schemaOf(reviewed);
            if (parking) {
                jobs.awaitReview(jobId, json.writeValueAsString(new StoredProposal(order, schema, notes,
                        parquetSource != null ? parquetSource.crs() : source.crs())));
                return;
            }
            DatasetVersion previous = catalog.get(datasetId, INGEST).currentVersion();
            Path previousParquet = null;
            long previousRows = 0;
            if (previous != null && order.mode() == VersionMode.APPEND) {
                Optional<TabularException> mismatch = SchemaReview.appendMismatch(previous.schema(), schema);
                if (mismatch.isPresent()) {
                    throw mismatch.get();
                }
                previousParquet = blobs.path(previous.distribution("parquet").orElseThrow().blobKey());
                previousRows = previous.rowCount();
            } else if (previous != null) {
                notes.addAll(SchemaReview.drift(previous.schema(), schema));
            }
            int versionNumber = catalog.nextVersionNumber(datasetId);
            directory = blobs.versionDirectory(datasetId.value(), versionNumber);
            ProgressListener writing = throttled(jobId, (bytes, rows) -> half + bytes / 2);
            GeoWrite geoWrite = parquetSource != null
                    ? parquet.write(raw, parquetSource, reviewed, directory, previousParquet, writing)
                    : source.geometry() == null ? null
                    : geo.write(raw, source, reviewed, directory, previousParquet, writing);
            TabularWrite write = geoWrite != null ? geoWrite.asTabular(reviewed)
                    : writer.write(raw, reviewed, directory, previousParquet, writing);
            String layout = parquetSource != null ? parquet.layoutJson(parquetSource) : geo.layoutJson(source);
            long rows = previousRows + reviewed.rowCount();
            catalog.commitVersion(datasetId, new NewVersion(versionNumber, order.filename(), order.rawKey(),
                    order.rawSha256(), order.rawSize(), rows, schema,
                    layout != null ? layout : layoutJson(reviewed.layout()), notes,
                    distributions(write.parquet(), directory, geoWrite != null && geoWrite.spatial() != null, rows),
                    geoWrite == null ? null : geoWrite.spatial()));
            jobs.succeeded(jobId, order.rawSize(), rows);
        } catch (CancelRequested e) {
            blobs.deleteTree(directory);
            jobs.cancelled(jobId);
        } catch (TabularException e) {
            blobs.deleteTree(directory);
            failed(jobId, e.code(), LocalisedMessages.withPositions(e.arguments(), order.filename(), e.line(),
                    e.column(), e.field()), e.getMessage());
        } catch (Exception e) {
            blobs.deleteTree(directory);
            log.error("Ingest job {} of dataset {} failed", jobId, datasetId, e);
            Map<String, Object> facts = Map.of("job", jobId.toString(), "file", order.filename());
            failed(jobId, IssueCode.INTERNAL_ERROR.key(), facts, IssueCode.INTERNAL_ERROR.english(facts));
        }
    }

    /** Ends the job failed with its issue code and facts, and the English of the message bundle (or the library). */
    /**
     * The version's distributions: its Parquet file with size and SHA-256, and the formats made from it on first
     * download ({@link DistributionFormat#derived}), registered with an unknown size and checksum.
     */
    private List<NewDistribution> distributions(Path parquet, Path directory, boolean geodata, long rows)
            throws IOException {
        List<NewDistribution> distributions = new ArrayList<>();
        distributions.add(new NewDistribution(DistributionFormat.PARQUET.code(), DistributionFormat.PARQUET.mediaType(),
                blobs.keyOf(parquet), Files.size(parquet), BlobStore.sha256(parquet)));
        for (DistributionFormat format : DistributionFormat.derived(geodata, rows)) {
            distributions.add(new NewDistribution(format.code(), format.mediaType(),
                    blobs.keyOf(directory.resolve(format.fileName())), null));
        }
        return distributions;
    }

    private void failed(JobId jobId, String code, Map<String, Object> arguments, String libraryEnglish) {
        jobs.failed(jobId, "ingest." + code, arguments,
                messages.issue(code, arguments, Locale.ENGLISH, libraryEnglish));
    }

    private ProgressListener throttled(JobId jobId, BytesMapping mapping) {
        return new ProgressListener() {
            private Instant next = Instant.MIN;

            @Override
            public void onProgress(long bytesRead, long rowsRead) {
                Instant now = clock.instant();
                if (now.isAfter(next)) {
                    next = now.plus(settings.progressInterval());
                    if (!jobs.progressed(jobId, mapping.done(bytesRead, rowsRead), rowsRead)) {
                        throw new CancelRequested();
                    }
                }
            }
        };
    }

    /** Unwinds a running ingest whose job was cancelled; its files are removed, nothing is committed. */
    private static final class CancelRequested extends RuntimeException {
        CancelRequested() {
            super("cancel requested", null, false, false);
        }
    }

    @FunctionalInterface
    private interface BytesMapping {
        long done(long bytesRead, long rowsRead);
    }

    /** How the file was read, for the record: the CSV dialect, the sheet, or the JSON array. */
    private String layoutJson(SourceLayout layout) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("format", layout.format().extensions().getFirst());
        switch (layout) {
            case CsvDialect dialect -> {
                description.put("encoding", dialect.charset().name());
                description.put("byteOrderMark", dialect.byteOrderMark());
                description.put("delimiter", String.valueOf(dialect.delimiter()));
                description.put("quoteChar", String.valueOf(dialect.quote()));
                description.put("header", dialect.header());
                description.put("skipLines", dialect.skipLines());
            }
            case SheetLayout sheet -> description.put("sheet", sheet.sheet());
            case JsonLayout array -> description.put("pointer", array.pointer());
        }
        return json.writeValueAsString(description);
    }
}
