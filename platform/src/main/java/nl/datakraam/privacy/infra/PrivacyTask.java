// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.privacy.PrivacyFinding;
import nl.datakraam.privacy.PrivacySettings;
import nl.datakraam.privacy.detect.Finding;
import nl.datakraam.privacy.detect.OfficeMetadata;
import nl.datakraam.privacy.detect.TableScan;
import nl.datakraam.query.ValueScans;
import nl.datakraam.shared.IssueCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The durable privacy scan of one version: runs the detectors of {@code libs/privacy} over the field names and the
 * values of its Parquet file (read through the query sandbox, all rows up to the configured maximum, else a sample),
 * over its point geometries (from the GeoParquet bounding boxes, in RD New when the source was), and over the document
 * properties of an uploaded XLSX or ODS file, and stores the findings. A version that is no longer current is
 * skipped. Never throws: every failure ends the job {@code failed} with a message. Never logs a value.
 */
@Component
class PrivacyTask extends OneTimeTask<PrivacyOrder> {

    /** The job kind and task name. */
    static final String KIND = "privacy-scan";

    private static final Caller SYSTEM = Caller.system(KIND);

    /** Who privacy jobs are recorded as created by. */
    static final String SYSTEM_ID = SYSTEM.id();

    /** The field the point-geometry finding is reported on. */
    static final String GEOMETRY_FIELD = VersionSpatial.GEOMETRY;

    private static final Set<String> OFFICE_EXTENSIONS = Set.of("xlsx", "xlsm", "xltx", "ods", "docx", "odt");

    private static final Pattern BBOX = Pattern.compile(
            "xmin'?:\\s*([-+0-9.eE]+).*ymin'?:\\s*([-+0-9.eE]+).*xmax'?:\\s*([-+0-9.eE]+).*ymax'?:\\s*([-+0-9.eE]+)");

    private static final Logger log = LoggerFactory.getLogger(PrivacyTask.class);

    private final Catalog catalog;
    private final BlobStore blobs;
    private final Jobs jobs;
    private final ValueScans values;
    private final FindingsStore store;
    private final PrivacySettings settings;
    private final Clock clock;

    PrivacyTask(Catalog catalog, BlobStore blobs, Jobs jobs, ValueScans values, FindingsStore store,
            PrivacySettings settings, Clock clock) {
        super(KIND, PrivacyOrder.class);
        this.catalog = catalog;
        this.blobs = blobs;
        this.jobs = jobs;
        this.values = values;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The schedulable instance for an order; its id is the job id. */
    TaskInstance<PrivacyOrder> instance(PrivacyOrder order) {
        return instance(order.jobId().toString(), order);
    }

    @Override
    public void executeOnce(TaskInstance<PrivacyOrder> instance, ExecutionContext context) {
        PrivacyOrder order = instance.getData();
        var jobId = new JobId(order.jobId());
        var datasetId = new DatasetId(order.datasetId());
        jobs.started(jobId);
        try {
            Dataset dataset = catalog.find(datasetId, SYSTEM).orElse(null);
            DatasetVersion version = dataset == null ? null : dataset.currentVersion();
            Distribution parquet = version == null || !version.id().equals(order.versionId()) ? null
                    : version.distribution("parquet").orElse(null);
            if (parquet == null) {
                jobs.succeeded(jobId, 0, 0);
                return;
            }
            List<String> fields = version.schema().fields().stream().map(SchemaField::name).toList();
            String pointColumn = pointColumn(version.spatial());
            List<String> columns = new ArrayList<>(fields);
            List<String> scanned = new ArrayList<>(fields);
            if (pointColumn != null) {
                columns.add(pointColumn);
                scanned.add(GEOMETRY_FIELD);
            }
            var scan = new TableScan(scanned, LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))));
            int point = pointColumn == null ? -1 : columns.size() - 1;
            ValueScans.Read read = values.read(blobs.path(parquet.blobKey()), columns, settings.maxRowsScanned(),
                    row -> {
                        for (int i = 0; i < row.length; i++) {
                            scan.add(i, i == point ? pointOf(row[i]) : row[i]);
                        }
                    });
            List<Finding> found = new ArrayList<>(scan.findings(read.rowsRead()));
            officeMetadata(version, read.rowsRead()).ifPresent(found::add);
            List<PrivacyFinding> findings = found.stream().map(PrivacyTask::finding).toList();
            store.save(version.id(), datasetId, clock.instant(), read.rowsRead(), read.rowsInFile(), findings);
            jobs.succeeded(jobId, parquet.byteSize(), read.rowsRead());
        } catch (PlatformException | IOException e) {
            log.warn("Privacy scan {} of dataset {} could not read its data: {}", jobId, datasetId, e.getMessage());
            recordFailure(order, datasetId);
            jobs.failed(jobId, "privacy." + IssueCode.UNREADABLE.key(), Map.of("job", jobId.toString()),
                    "The data of this version could not be scanned for personal data (job " + jobId + ").");
        } catch (RuntimeException e) {
            log.error("Privacy scan {} of dataset {} failed", jobId, datasetId, e);
            recordFailure(order, datasetId);
            jobs.failed(jobId, "privacy." + IssueCode.INTERNAL_ERROR.key(), Map.of("job", jobId.toString()),
                    "The privacy scan stopped on an unexpected error (job " + jobId + "). The data is unaffected;"
                    + " give the job id to the administrator.");
        }
    }

    private void recordFailure(PrivacyOrder order, DatasetId datasetId) {
        try {
            store.failed(order.versionId(), datasetId, clock.instant());
        } catch (RuntimeException e) {
            log.error("Could not record that privacy scan {} failed", order.jobId(), e);
        }
    }

    /** The bounding-box column to read point coordinates from, or null when the version has no point geometry. */
    private static @Nullable String pointColumn(@Nullable VersionSpatial spatial) {
        if (spatial == null || spatial.geometryTypes().stream().noneMatch(t -> t.startsWith("Point"))) {
            return null;
        }
        return spatial.keepsRdNew() ? VersionSpatial.BBOX_RD : VersionSpatial.BBOX;
    }

    /** A point's WKT from its bounding box as DuckDB writes the struct; null for anything but a point. */
    static @Nullable String pointOf(@Nullable String bbox) {
        if (bbox == null) {
            return null;
        }
        Matcher m = BBOX.matcher(bbox);
        if (!m.find() || !m.group(1).equals(m.group(3)) || !m.group(2).equals(m.group(4))) {
            return null;
        }
        return "POINT (" + m.group(1) + " " + m.group(2) + ")";
    }

    private java.util.Optional<Finding> officeMetadata(DatasetVersion version, long rows) throws IOException {
        String name = version.sourceFilename().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (!OFFICE_EXTENSIONS.contains(extension)) {
            return java.util.Optional.empty();
        }
        Path raw = blobs.path("raw/" + version.rawSha256());
        if (!Files.exists(raw)) {
            return java.util.Optional.empty();
        }
        return OfficeMetadata.scan(raw, rows);
    }

    private static PrivacyFinding finding(Finding f) {
        return new PrivacyFinding(f.field(), f.detector().code(), f.confidence(), f.count(), f.rowsScanned(),
                f.properties());
    }
}
