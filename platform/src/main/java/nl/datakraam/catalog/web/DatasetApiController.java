// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.MetadataPatch;
import nl.datakraam.catalog.MetadataPatches;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.ContactPoint;
import nl.datakraam.catalog.DcatProperties;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Organisation;
import nl.datakraam.catalog.VersionSummary;
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
    private final MetadataPatches patches;

    DatasetApiController(Catalog catalog, Authorization authorization, LocalisedMessages messages,
            MetadataPatches patches) {
        this.catalog = catalog;
        this.authorization = authorization;
        this.messages = messages;
        this.patches = patches;
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

    /** The version history, newest first, with each version's changelog. */
    @GetMapping("/v1/datasets/{id}/versions")
    List<VersionSummary> versions(@PathVariable UUID id) {
        return catalog.versions(new DatasetId(id), authorization.currentCaller());
    }

    /** Sets a version's changelog: {@code {"versionNotes": "…"}} ({@code null} or blank clears it). */
    @PatchMapping("/v1/datasets/{id}/versions/{number}")
    List<VersionSummary> noteVersion(@PathVariable UUID id, @PathVariable int number,
            @RequestBody Map<String, @Nullable Object> body) {
        Object notes = body.get("versionNotes");
        if (body.keySet().stream().anyMatch(k -> !k.equals("versionNotes"))
                || notes != null && !(notes instanceof String)) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, "Send {\"versionNotes\": text or null}.",
                    Map.of("parameter", "versionNotes", "field", "versionNotes"));
        }
        var caller = authorization.currentCaller();
        catalog.noteVersion(new DatasetId(id), number, (String) notes, caller);
        return catalog.versions(new DatasetId(id), caller);
    }

    /**
     * Edits the metadata (stewards) as a JSON merge patch (RFC 7396): absent members keep their value, {@code null}
     * clears a member that may be empty. Members and their value lists: {@link MetadataPatch}. A value that is not
     * accepted answers 400 {@code metadata.invalid} (or {@code request.invalid-parameter} for a member of the wrong
     * JSON type) whose {@code details.field} names the member.
     */
    @PatchMapping("/v1/datasets/{id}")
    DatasetResponse describe(@PathVariable UUID id, @RequestBody MetadataPatch body, Locale locale) {
        var caller = authorization.currentCaller();
        Dataset current = catalog.get(new DatasetId(id), caller);
        Dataset changed = patches.apply(current, body.validated(), caller);
        return DatasetResponse.of(changed, messages, locale);
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
     * @param slug        the readable name: the page is {@code /datasets/{slug}}
     * @param publisher   the organisation's name (kept for older clients; {@code organisation} has it all)
     * @param organisation the publishing organisation: {@code id} (TOOI code), {@code uri}, {@code name}
     * @param licence     a licence IRI of the DCAT-AP-DONL list
     * @param accessLevel {@code openbaar}, {@code intern}, {@code beperkt} or {@code vertrouwelijk}
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
     * @param metadata    the further DCAT-AP-NL / DCAT-AP-DONL properties (docs/metadata.md)
     * @param versionNotes the current version's changelog; null when none
     * @param groups      ids of the thematic groups the dataset is in
     * @param harvest     for a dataset harvested from an external catalogue (metadata only): the source's id and
     *                    name, the record's original identifier, when it was harvested, when it was found gone from
     *                    the source (null while there), the source's licence text when it matched no licence of the
     *                    list (empty: none given), and the source's download URLs; null for our own datasets
     */
    record DatasetResponse(UUID id, String slug, String title, @Nullable String description,
            @Nullable String publisher, Organisation.@Nullable Ref organisation, @Nullable String licence,
            List<String> keywords, String accessLevel, String tableName, @Nullable Long rowCount,
            @Nullable Long byteSize, @Nullable Integer version, @Nullable String sourceFilename,
            @Nullable String sha256, List<DistributionResponse> distributions, List<VersionIssue> issues,
            @Nullable SpatialResponse spatial, Instant created, Instant modified, @Nullable String updateFrequency,
            @Nullable Instant lastDataAt, MetadataResponse metadata, @Nullable String versionNotes,
            List<String> groups, nl.datakraam.catalog.@Nullable Harvest harvest) {

        static DatasetResponse of(Dataset dataset, LocalisedMessages messages, Locale locale) {
            DatasetVersion version = dataset.currentVersion();
            String base = "/v1/datasets/" + dataset.id() + "/download?format=";
            return new DatasetResponse(dataset.id().value(), dataset.slug(), dataset.title(), dataset.description(),
                    dataset.publisherName(), dataset.publisher(), dataset.licence(), dataset.keywords(),
                    dataset.accessLevel().code(), dataset.tableName(), version == null ? null : version.rowCount(),
                    version == null ? null : version.rawSize(), version == null ? null : version.number(),
                    version == null ? null : version.sourceFilename(), version == null ? null : version.rawSha256(),
                    version == null ? List.of() : version.distributions().stream()
                            .map(d -> new DistributionResponse(d.format(), d.mediaType(), d.byteSize(),
                                    d.sha256(), base + d.format(), DcatRdf.fileType(d.format()).orElse(null)))
                            .toList(),
                    version == null ? List.of() : version.issues().stream()
                            .map(issue -> issue.localised(messages, version.sourceFilename(), locale)).toList(),
                    version == null ? null : SpatialResponse.of(version.spatial()),
                    dataset.createdAt(), dataset.modifiedAt(),
                    dataset.updateFrequency() == null ? null : dataset.updateFrequency().iri(), dataset.lastDataAt(),
                    MetadataResponse.of(dataset.properties()), version == null ? null : version.versionNotes(),
                    dataset.groups(), dataset.harvest());
        }
    }

    /**
     * The DCAT-AP-NL / DCAT-AP-DONL properties beyond the basic ones; each member is also a PATCH member.
     *
     * @param euThemes      {@code dcat:theme} IRIs of the EU Data Theme list
     * @param donlThemes    {@code dcat:theme} IRIs of the TaxonomieBeleidsagenda
     * @param spatial       CBS codes of provinces and municipalities ({@code PV20}, {@code GM0014})
     * @param temporalStart ISO date; null when open
     * @param temporalEnd   ISO date; null when open
     */
    record MetadataResponse(@Nullable String identifier, List<String> euThemes, List<String> donlThemes,
            List<String> languages, @Nullable String metadataLanguage, @Nullable String contactName,
            @Nullable String contactEmail, @Nullable String contactPhone, @Nullable String authority,
            @Nullable String landingPage, @Nullable String documentation, List<String> conformsTo,
            @Nullable String provenance, List<String> spatial, @Nullable LocalDate temporalStart,
            @Nullable LocalDate temporalEnd) {

        static MetadataResponse of(DcatProperties p) {
            ContactPoint c = p.contactPoint();
            return new MetadataResponse(p.identifier(), p.euThemes(), p.donlThemes(), p.languages(),
                    p.metadataLanguage(), c == null ? null : c.name(), c == null ? null : c.email(),
                    c == null ? null : c.phone(), p.authority(), p.landingPage(), p.documentation(), p.conformsTo(),
                    p.provenance(), p.spatial(), p.temporalStart(), p.temporalEnd());
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
     * @param byteSize    in bytes; null while not known (every format but Parquet is made from the Parquet file on its
     *                    first download)
     * @param sha256      SHA-256 of the file, 64 lowercase hex digits ({@code spdx:checksum}); null while not known
     * @param downloadUrl relative to this server
     * @param fileType    the EU file-type IRI ({@code dct:format}); null where the official list has none
     */
    record DistributionResponse(String format, String mediaType, @Nullable Long byteSize, @Nullable String sha256,
            String downloadUrl, @Nullable String fileType) {
    }
}
