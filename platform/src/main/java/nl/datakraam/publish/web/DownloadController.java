// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.DistributionFormat;
import nl.datakraam.query.DerivedDistributions;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a dataset's current version: {@code GET /v1/datasets/{id}/download?format=…} for API clients (bearer
 * token) and {@code /datasets/{id}/download?format=…} for the HTML interface (session), in every format the version
 * offers ({@code parquet}, {@code csv}, {@code csv-excel-nl}, {@code json}, {@code xlsx}; for geodata also
 * {@code geojson} and {@code gpkg}; see {@link DistributionFormat}). Streams the file from the blob store. A format
 * other than Parquet is made from the Parquet file on its first download ({@link DerivedDistributions}), so that
 * request waits for it (the CSV of 5 million rows takes about 6 s).
 *
 * <p>HTTP: the strong {@code ETag} is the file's SHA-256, so {@code If-None-Match} answers 304 (RFC 9110 §13.1.2);
 * {@code Range} answers 206 with the bytes asked for and 416 when none of them exist (RFC 9110 §14) — unless an
 * {@code If-Range} names another representation, then 200 with the whole file (§13.1.5) —, and every
 * answer says {@code Accept-Ranges: bytes}. A dataset the caller may not read is 404 in every format.
 */
@RestController
class DownloadController {

    private final Catalog catalog;
    private final Authorization authorization;
    private final DerivedDistributions files;

    DownloadController(Catalog catalog, Authorization authorization, DerivedDistributions files) {
        this.catalog = catalog;
        this.authorization = authorization;
        this.files = files;
    }

    /** CSV distributions are always UTF-8; saying so spares spreadsheet programs a guess. */
    private static MediaType contentType(Distribution distribution) {
        MediaType type = MediaType.parseMediaType(distribution.mediaType());
        return type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                ? new MediaType(type, java.nio.charset.StandardCharsets.UTF_8) : type;
    }

    @GetMapping({"/v1/datasets/{id}/download", "/datasets/{id}/download"})
    ResponseEntity<?> download(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format,
            @RequestHeader(value = HttpHeaders.IF_RANGE, required = false) @Nullable String ifRange) {
        Dataset dataset = catalog.get(new DatasetId(id), authorization.currentCaller());
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw new PlatformException(ErrorCode.DATASET_HAS_NO_DATA,
                    "This dataset has no data yet; its first version is still being ingested or failed.",
                    Map.of("datasetId", id.toString()));
        }
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        List<String> available = version.distributions().stream().map(Distribution::format).toList();
        Distribution distribution = version.distribution(wanted).orElseThrow(() -> new PlatformException(
                ErrorCode.DOWNLOAD_FORMAT_UNKNOWN, "Choose format= one of " + String.join(", ", available) + ".",
                Map.of("format", wanted, "available", available)));
        DerivedDistributions.File file;
        try {
            file = files.file(dataset, distribution);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make or read " + distribution.blobKey(), e);
        }
        // data.csv → {table}_v3.csv, data-excel-nl.csv → {table}_v3-excel-nl.csv
        String filename = DistributionFormat.of(distribution.format()).map(DistributionFormat::fileName)
                .orElse("data." + distribution.format()).replaceFirst("^data", dataset.tableName() + "_v"
                        + version.number());
        String etag = "\"" + file.sha256() + "\"";
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(contentType(distribution))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .eTag(etag);
        if (ifRange != null && !ifRange.strip().equals(etag)) {
            // RFC 9110 §13.1.5: the part asked for belongs to another representation (an older version, or a date we
            // cannot vouch for), so the answer is the whole file, never a part of this one to glue to a part of that
            // (Spring applies Range to every Resource but an InputStreamResource)
            try {
                return answer.body(new InputStreamResource(Files.newInputStream(file.path())));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + distribution.blobKey(), e);
            }
        }
        return answer.body(new FileSystemResource(file.path()));
    }
}
