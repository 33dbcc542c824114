// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue over REST: {@code GET /v1/datasets}, {@code /v1/datasets/{id}}, {@code /v1/datasets/{id}/schema}. */
@RestController
class DatasetApiController {

    private static final int MAX_PAGE = 1000;

    private final Catalog catalog;
    private final Authorization authorization;

    DatasetApiController(Catalog catalog, Authorization authorization) {
        this.catalog = catalog;
        this.authorization = authorization;
    }

    @GetMapping("/v1/datasets")
    DatasetList list(@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER,
                    "limit must be 1 to " + MAX_PAGE + " and offset 0 or more.", Map.of("parameter", "limit,offset"));
        }
        var page = catalog.list(authorization.currentCaller(), limit, offset);
        return new DatasetList(page.items().stream().map(DatasetResponse::of).toList(), page.total());
    }

    @GetMapping("/v1/datasets/{id}")
    DatasetResponse get(@PathVariable UUID id) {
        return DatasetResponse.of(catalog.get(new DatasetId(id), authorization.currentCaller()));
    }

    /**
     * The current version's Frictionless Table Schema, describing the data as served (rows, downloads); with
     * {@code ?of=source} the schema of the original file, with its decimal comma, date formats and null tokens.
     */
    @GetMapping("/v1/datasets/{id}/schema")
    DatasetSchema schema(@PathVariable UUID id, @RequestParam(defaultValue = "served") String of) {
        DatasetVersion version = catalog.get(new DatasetId(id), authorization.currentCaller()).currentVersion();
        if (version == null) {
            throw new PlatformException(ErrorCode.DATASET_HAS_NO_DATA,
                    "This dataset has no data yet; its first version is still being ingested or failed.",
                    Map.of("datasetId", id.toString()));
        }
        return switch (of) {
            case "served" -> version.schema().asServed();
            case "source" -> version.schema();
            default -> throw new PlatformException(ErrorCode.INVALID_PARAMETER, "of must be 'served' or 'source'.",
                    Map.of("parameter", "of"));
        };
    }

    record DatasetList(List<DatasetResponse> items, long total) {
    }

    /**
     * @param accessLevel {@code openbaar} or {@code intern}
     * @param tableName   the name of this dataset in SQL ({@code POST /v1/query})
     * @param rowCount    rows of the current version; null before the first version
     * @param byteSize    size of the original upload of the current version, in bytes
     */
    record DatasetResponse(UUID id, String title, @Nullable String description, @Nullable String publisher,
            @Nullable String licence, List<String> keywords, String accessLevel, String tableName,
            @Nullable Long rowCount, @Nullable Long byteSize, @Nullable Integer version,
            @Nullable String sourceFilename, @Nullable String sha256, List<DistributionResponse> distributions,
            List<VersionIssue> issues, Instant created, Instant modified) {

        static DatasetResponse of(Dataset dataset) {
            DatasetVersion version = dataset.currentVersion();
            String base = "/v1/datasets/" + dataset.id() + "/download?format=";
            return new DatasetResponse(dataset.id().value(), dataset.title(), dataset.description(),
                    dataset.publisher(), dataset.licence(), dataset.keywords(), dataset.accessLevel().code(),
                    dataset.tableName(), version == null ? null : version.rowCount(),
                    version == null ? null : version.rawSize(), version == null ? null : version.number(),
                    version == null ? null : version.sourceFilename(), version == null ? null : version.rawSha256(),
                    version == null ? List.of() : version.distributions().stream()
                            .map(d -> new DistributionResponse(d.format(), d.mediaType(), d.byteSize(),
                                    base + d.format()))
                            .toList(),
                    version == null ? List.of() : version.issues(), dataset.createdAt(), dataset.modifiedAt());
        }
    }

    /** @param byteSize in bytes; @param downloadUrl relative to this server */
    record DistributionResponse(String format, String mediaType, long byteSize, String downloadUrl) {
    }
}
