// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.NewDataset;
import nl.datakraam.ingest.infra.IngestOrder;
import nl.datakraam.ingest.infra.IngestTask;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.storage.BlobStore;
import nl.datakraam.storage.StoredBlob;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one entry for new data, used by the upload form, {@code POST /v1/datasets} and the {@code import} command.
 * Returns as soon as the bytes are safely stored and the job is queued; the ingest itself runs in the background.
 */
@Service
public class IngestService {

    /** File name endings this version reads, lowercase: delimited text, workbooks and JSON arrays of objects. */
    static final Set<String> SUPPORTED_EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx", "ods", "json");

    /** Longest dataset title, in characters (the catalogue's column size). */
    static final int MAX_TITLE_LENGTH = 500;

    private final Authorization authorization;
    private final BlobStore blobs;
    private final Catalog catalog;
    private final Jobs jobs;
    private final IngestTask task;

    IngestService(Authorization authorization, BlobStore blobs, Catalog catalog, Jobs jobs, IngestTask task) {
        this.authorization = authorization;
        this.blobs = blobs;
        this.catalog = catalog;
        this.jobs = jobs;
        this.task = task;
    }

    /**
     * Stores the upload, registers a new dataset and queues its ingest.
     *
     * @param filename    the file's original name; its ending selects the reader
     * @param content     the bytes, streamed to disk (never held in memory); not closed here
     * @param title       dataset title; the file name without ending when null or blank
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} when the caller may
     *     not upload; {@link ErrorCode#INVALID_PARAMETER} for a title over {@value #MAX_TITLE_LENGTH} characters; {@link ErrorCode#UPLOAD_UNSUPPORTED_FORMAT} for a file ending this version cannot read
     */
    public IngestSubmission submit(String filename, InputStream content, @Nullable String title,
            AccessLevel accessLevel, Caller caller) {
        authorization.requireUpload(caller);
        if (title != null && title.strip().length() > MAX_TITLE_LENGTH) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, "The title has " + title.strip().length()
                    + " characters; at most " + MAX_TITLE_LENGTH + " are allowed.",
                    Map.of("parameter", "title", "maxLength", MAX_TITLE_LENGTH));
        }
        String name = baseName(filename);
        String extension = extension(name);
        if (!SUPPORTED_EXTENSIONS.contains(extension)) {
            throw new PlatformException(ErrorCode.UPLOAD_UNSUPPORTED_FORMAT,
                    "Datakraam reads these file types: " + SUPPORTED_EXTENSIONS.stream().sorted()
                            .map(ending -> ending.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "))
                            + "; '" + name + "' is not one of them. Save it as CSV (UTF-8) or XLSX and upload that.",
                    Map.of("filename", name, "supported", SUPPORTED_EXTENSIONS.stream().sorted().toList()));
        }
        StoredBlob raw = blobs.storeRaw(content);
        String datasetTitle = title == null || title.isBlank() ? stripExtension(name) : title.strip();
        DatasetId datasetId = catalog.register(new NewDataset(datasetTitle, null, accessLevel, caller.id()));
        var jobId = new JobId(UUID.randomUUID());
        var order = new IngestOrder(jobId.value(), datasetId.value(), raw.key(), raw.sha256(), raw.size(), name);
        jobs.submit(jobId, IngestTask.KIND, datasetId.value(), caller.id(), raw.size(), task.instance(order));
        return new IngestSubmission(datasetId, jobId);
    }

    private static String baseName(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload.csv" : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
