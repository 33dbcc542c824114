// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.query.CsvDistribution;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.storage.BlobStore;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a dataset's current version: {@code GET /v1/datasets/{id}/download?format=csv|parquet} for API
 * clients (bearer token) and {@code /datasets/{id}/download} for the HTML interface (session). Streams the file
 * from the blob store; supports HTTP range requests. A version's CSV is made from its Parquet file on its first
 * download ({@link CsvDistribution}), so that request waits for it (about 6 s for 5 million rows).
 */
@RestController
class DownloadController {

    private final Catalog catalog;
    private final BlobStore blobs;
    private final Authorization authorization;
    private final CsvDistribution csv;

    DownloadController(Catalog catalog, BlobStore blobs, Authorization authorization, CsvDistribution csv) {
        this.catalog = catalog;
        this.blobs = blobs;
        this.authorization = authorization;
        this.csv = csv;
    }

    /** CSV distributions are always UTF-8; saying so spares spreadsheet programs a guess. */
    private static MediaType contentType(Distribution distribution) {
        MediaType type = MediaType.parseMediaType(distribution.mediaType());
        return type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                ? new MediaType(type, java.nio.charset.StandardCharsets.UTF_8) : type;
    }

    @GetMapping({"/v1/datasets/{id}/download", "/datasets/{id}/download"})
    ResponseEntity<Resource> download(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format) {
        Dataset dataset = catalog.get(new DatasetId(id), authorization.currentCaller());
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw new PlatformException(ErrorCode.DATASET_HAS_NO_DATA,
                    "This dataset has no data yet; its first version is still being ingested or failed.",
                    Map.of("datasetId", id.toString()));
        }
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        Distribution distribution = version.distribution(wanted).orElseThrow(() -> new PlatformException(
                ErrorCode.DOWNLOAD_FORMAT_UNKNOWN, "Choose format=csv or format=parquet.",
                Map.of("format", wanted, "available",
                        version.distributions().stream().map(Distribution::format).toList())));
        Path file;
        long size;
        try {
            file = distribution.format().equals(CsvDistribution.FORMAT) ? csv.file(version)
                    : blobs.path(distribution.blobKey());
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make or read " + distribution.blobKey(), e);
        }
        String filename = dataset.tableName() + "_v" + version.number() + "." + distribution.format();
        return ResponseEntity.ok()
                .contentType(contentType(distribution))
                .contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .eTag("\"" + version.rawSha256().substring(0, 16) + "-" + distribution.format() + "\"")
                .body(new FileSystemResource(file));
    }
}
