// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetMetadata;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue over REST: {@code GET /v1/datasets}, {@code /v1/datasets/{id}}, {@code /v1/datasets/{id}/schema}. */
@RestController
class DatasetApiController {

    private static final int MAX_PAGE = 1000;

    private final Catalog catalog;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    DatasetApiController(Catalog catalog, Authorization authorization, LocalisedMessages messages) {
        this.catalog = catalog;
        this.authorization = authorization;
        this.messages = messages;
    }

    @GetMapping("/v1/datasets")
    DatasetList list(@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset,
            Locale locale) {
        RequestCode.checkPage(limit, offset, MAX_PAGE);
        var page = catalog.list(authorization.currentCaller(), limit, offset);
        return new DatasetList(page.items().stream().map(dataset -> DatasetResponse.of(dataset, messages, locale))
                .toList(), page.total());
    }

    /** The dataset; its current version's issues are said in the language {@code Accept-Language} asks for. */
    @GetMapping("/v1/datasets/{id}")
    DatasetResponse get(@PathVariable UUID id, Locale locale) {
        return DatasetResponse.of(catalog.get(new DatasetId(id), authorization.currentCaller()), messages, locale);
    }

    /**
     * Edits the descriptive metadata (administrators). Absent members keep their value; {@code null} clears a
     * member that may be empty.
     */
    @PatchMapping("/v1/datasets/{id}")
    DatasetResponse describe(@PathVariable UUID id, @RequestBody MetadataPatch body, Locale locale) {
        var caller = authorization.currentCaller();
        MetadataPatch patch = body.validated();
        Dataset current = catalog.get(new DatasetId(id), caller);
        AccessLevel level = current.accessLevel();
        if (patch.accessLevel() != null) {
            level = AccessLevel.parameter("accessLevel", patch.accessLevel(), level);
        }
        return DatasetResponse.of(catalog.describe(current.id(), new DatasetMetadata(
                patch.title() != null ? patch.title() : current.title(),
                patch.has("description") ? patch.description() : current.description(),
                patch.has("publisher") ? patch.publisher() : current.publisher(),
                patch.has("licence") ? patch.licence() : current.licence(),
                patch.keywords() != null ? patch.keywords() : current.keywords(), level,
                patch.has("updateFrequency") ? updateFrequency(patch.updateFrequency()) : current.updateFrequency()),
                caller), messages, locale);
    }

    /**
     * The frequency a client names by IRI or code; null clears it.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming {@code updateFrequency} and listing the
     *     allowed codes ({@code details.allowed}) for anything else
     */
    private static @Nullable UpdateFrequency updateFrequency(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return UpdateFrequency.find(value).orElseThrow(() -> {
            List<String> allowed = UpdateFrequency.all().stream().map(UpdateFrequency::code).toList();
            return new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FREQUENCY, Map.of("parameter",
                    "updateFrequency", "allowed", allowed, "namespace", UpdateFrequency.NAMESPACE));
        });
    }

    /**
     * A JSON merge patch of the metadata (RFC 7396): the members present are changed. Only the editable members are
     * accepted, with their JSON types; anything else is refused with 400 rather than silently ignored.
     */
    static final class MetadataPatch {
        private static final java.util.Set<String> TEXT = java.util.Set.of("title", "description", "publisher",
                "licence", "accessLevel", "updateFrequency");
        private static final java.util.Set<String> REQUIRED = java.util.Set.of("title", "accessLevel");

        private final Map<String, Object> members = new java.util.HashMap<>();

        @com.fasterxml.jackson.annotation.JsonAnySetter
        void set(String name, @Nullable Object value) {
            members.put(name, value);
        }

        /**
         * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} naming the first member that is not editable,
         *     has the wrong JSON type, or is null where a value is required
         */
        MetadataPatch validated() {
            members.forEach((name, value) -> {
                boolean text = TEXT.contains(name) && (value == null || value instanceof String);
                boolean keywords = name.equals("keywords") && value instanceof List<?> list
                        && list.stream().allMatch(String.class::isInstance);
                if (!text && !keywords || value == null && REQUIRED.contains(name)) {
                    throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.NOT_EDITABLE, Map.of(
                            "parameter", name, "editable", List.of("title", "accessLevel", "description",
                                    "publisher", "licence", "updateFrequency", "keywords")));
                }
            });
            return this;
        }

        boolean has(String member) {
            return members.containsKey(member);
        }

        @Nullable String title() {
            return text("title");
        }

        @Nullable String description() {
            return text("description");
        }

        @Nullable String publisher() {
            return text("publisher");
        }

        @Nullable String licence() {
            return text("licence");
        }

        @Nullable String accessLevel() {
            return text("accessLevel");
        }

        @Nullable String updateFrequency() {
            return text("updateFrequency");
        }

        @Nullable List<String> keywords() {
            return members.get("keywords") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : null;
        }

        private @Nullable String text(String member) {
            Object value = members.get(member);
            return value == null ? null : String.valueOf(value);
        }
    }

    /**
     * The current version's Frictionless Table Schema, describing the data as served: every column of the rows API
     * and the Parquet download in their order, for geodata including the geometry columns ({@code geometry},
     * {@code bbox}, {@code geometry_rd}, {@code bbox_rd}, {@code geometry_wkt}) with a {@code description} each. With
     * {@code ?of=source} the schema of the original file's attributes, with its decimal comma, date formats and null
     * tokens.
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
            case "served" -> version.schema().asServed(version.spatial());
            case "source" -> version.schema();
            default -> throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                    Map.of("parameter", "of", "allowed", List.of("served", "source")));
        };
    }

    record DatasetList(List<DatasetResponse> items, long total) {
    }

    /**
     * @param accessLevel {@code openbaar} or {@code intern}
     * @param tableName   the name of this dataset in SQL ({@code POST /v1/query})
     * @param rowCount    rows of the current version; null before the first version
     * @param byteSize    size of the original upload of the current version, in bytes
     * @param spatial     for geodata: the source CRS, the extent in WGS 84 and the geometry types; null otherwise
     * @param updateFrequency the IRI of the declared update frequency in the EU frequency list
     *                    ({@code dct:accrualPeriodicity}), e.g.
     *                    {@code http://publications.europa.eu/resource/authority/frequency/MONTHLY}; null when not
     *                    declared
     * @param lastDataAt  when data last arrived: the current version's commit, or a later re-fetch that found the
     *                    source unchanged; null before the first version
     */
    record DatasetResponse(UUID id, String title, @Nullable String description, @Nullable String publisher,
            @Nullable String licence, List<String> keywords, String accessLevel, String tableName,
            @Nullable Long rowCount, @Nullable Long byteSize, @Nullable Integer version,
            @Nullable String sourceFilename, @Nullable String sha256, List<DistributionResponse> distributions,
            List<VersionIssue> issues, @Nullable SpatialResponse spatial, Instant created, Instant modified,
            @Nullable String updateFrequency, @Nullable Instant lastDataAt) {

        static DatasetResponse of(Dataset dataset, LocalisedMessages messages, Locale locale) {
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
                    version == null ? List.of() : version.issues().stream()
                            .map(issue -> issue.localised(messages, version.sourceFilename(), locale)).toList(),
                    version == null ? null : SpatialResponse.of(version.spatial()),
                    dataset.createdAt(), dataset.modifiedAt(),
                    dataset.updateFrequency() == null ? null : dataset.updateFrequency().iri(), dataset.lastDataAt());
        }
    }

    /**
     * Where a geodata version lies. The data's {@code geometry} column is in WGS 84 (OGC:CRS84, longitude first);
     * a source in RD New keeps its own geometry in {@code geometry_rd}.
     *
     * @param sourceCrs     the CRS of the uploaded file, e.g. {@code EPSG:28992}
     * @param bbox          the extent of all geometries in WGS 84: [west, south, east, north] in degrees, as GeoJSON
     *                      writes a bbox; null when no feature has a geometry
     * @param geometryTypes as GeoParquet names them, e.g. {@code MultiPolygon}, {@code Point}
     */
    record SpatialResponse(String sourceCrs, @Nullable List<Double> bbox, List<String> geometryTypes) {

        static @Nullable SpatialResponse of(@Nullable VersionSpatial spatial) {
            if (spatial == null) {
                return null;
            }
            VersionSpatial.@Nullable Bbox bbox = spatial.bbox();
            return new SpatialResponse("EPSG:" + spatial.sourceCrs(),
                    bbox == null ? null : List.of(bbox.west(), bbox.south(), bbox.east(), bbox.north()),
                    spatial.geometryTypes());
        }
    }

    /**
     * @param byteSize in bytes; null while not known (the CSV is made from the Parquet file on its first download)
     * @param downloadUrl relative to this server
     */
    record DistributionResponse(String format, String mediaType, @Nullable Long byteSize, String downloadUrl) {
    }
}
