// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.MetadataPatch;
import nl.datakraam.catalog.MetadataPatches;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.CatalogSettings;
import nl.datakraam.catalog.ContactPoint;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetGroup;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSources;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Organisation;
import nl.datakraam.catalog.Organisations;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.catalog.Vocabularies;
import nl.datakraam.catalog.web.DatasetApiController.DatasetResponse;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metadata over REST: the value lists, organisations and groups, the bulk edit, and metadata export and import.
 *
 * <ul>
 *   <li>{@code GET /v1/catalog?format=ttl|jsonld|json}: the catalogue as DCAT-AP-NL RDF (Turtle, JSON-LD) or as the
 *       JSON of {@code GET /v1/datasets/{id}} per dataset; only the datasets the caller may read;
 *   <li>{@code GET /v1/datasets/{id}/metadata?format=ttl|jsonld|json}: one dataset; 404 for one the caller may not
 *       read (c28);
 *   <li>{@code POST /v1/datasets/{id}/metadata}: import the JSON form (the members of a PATCH; others ignored)
 *       or DCAT RDF (Turtle, JSON-LD);
 *   <li>{@code POST /v1/catalog}: import many datasets' metadata (JSON of the export, or DCAT RDF), all or none;
 *   <li>{@code POST /v1/datasets/bulk}: {@code {"ids": [...], "set": {PATCH members}}}, all or none.
 * </ul>
 */
@RestController
class MetadataApiController {

    private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");
    private static final int EXPORT_PAGE = 1000;

    private final Catalog catalog;
    private final Organisations organisations;
    private final Authorization authorization;
    private final MetadataPatches patches;
    private final CatalogSettings settings;
    private final LocalisedMessages messages;
    private final JsonMapper json;
    private final org.springframework.beans.factory.ObjectProvider<DatasetSources> sources;

    MetadataApiController(Catalog catalog, Organisations organisations, Authorization authorization,
            MetadataPatches patches, CatalogSettings settings, LocalisedMessages messages, JsonMapper json,
            org.springframework.beans.factory.ObjectProvider<DatasetSources> sources) {
        this.json = json;
        this.sources = sources;
        this.catalog = catalog;
        this.organisations = organisations;
        this.authorization = authorization;
        this.patches = patches;
        this.settings = settings;
        this.messages = messages;
    }

    /** Every value list by name: {@code iri}, {@code code}, {@code labelNl}, {@code labelEn}, {@code scheme}. */
    @GetMapping("/v1/vocabularies")
    Map<String, Object> vocabularies() {
        Map<String, Object> lists = new LinkedHashMap<>(Vocabularies.all());
        lists.put("frequencies", UpdateFrequency.all());
        return lists;
    }

    @GetMapping("/v1/organisations")
    List<Organisation> organisations() {
        return organisations.all();
    }

    /**
     * Creates an organisation (stewards): {@code {"id": "gm0014"}} takes IRI and name from the TOOI registers;
     * otherwise {@code uri} and {@code name} are required. Defaults: {@code contactName}, {@code contactEmail},
     * {@code contactPhone}, {@code licence}, {@code language}, {@code authority}, {@code themes}.
     */
    @PostMapping("/v1/organisations")
    Organisation createOrganisation(@RequestBody OrganisationRequest body) {
        return organisations.create(body.id(), body.uri(), body.name(), body.defaults(),
                authorization.currentCaller());
    }

    /** Changes an organisation's name and defaults (stewards); the body as for creating it. */
    @PatchMapping("/v1/organisations/{id}")
    Organisation updateOrganisation(@PathVariable String id, @RequestBody OrganisationRequest body) {
        Organisation current = organisations.find(id).orElseThrow(() -> new PlatformException(
                ErrorCode.ORGANISATION_NOT_FOUND, "No organisation " + id + ".", Map.of("organisationId", id)));
        return organisations.update(id, body.name() == null ? current.name() : body.name(), body.defaults(),
                authorization.currentCaller());
    }

    @GetMapping("/v1/groups")
    List<DatasetGroup> groups() {
        return organisations.groups();
    }

    /** Creates a thematic group (stewards): {@code {"id": "fietsen", "name": "Fietsen", "description": …}}. */
    @PostMapping("/v1/groups")
    DatasetGroup createGroup(@RequestBody DatasetGroup body) {
        return organisations.createGroup(body.id(), body.name(), body.description(), authorization.currentCaller());
    }

    /** Sets the same members on many datasets: all change or none (the first problem names the field). */
    @PostMapping("/v1/datasets/bulk")
    List<DatasetResponse> bulk(@RequestBody BulkRequest body, Locale locale) {
        if (body.ids() == null || body.ids().isEmpty() || body.set() == null || body.set().isEmpty()) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, "Send {\"ids\": [dataset ids], \"set\": "
                    + "{members as for PATCH /v1/datasets/{id}}}.", Map.of("parameter", "ids", "field", "ids"));
        }
        return patches.applyAll(body.ids().stream().map(DatasetId::new).toList(), MetadataPatch.of(body.set()),
                authorization.currentCaller()).stream().map(d -> DatasetResponse.of(d, messages, locale)).toList();
    }

    /** The catalogue's metadata, of the datasets the caller may read. */
    @GetMapping("/v1/catalog")
    ResponseEntity<?> catalog(@RequestParam(defaultValue = "ttl") String format, Locale locale) {
        Caller caller = authorization.currentCaller();
        List<Dataset> datasets = new ArrayList<>();
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            var page = catalog.list(caller, EXPORT_PAGE, offset);
            datasets.addAll(page.items());
            if (offset + EXPORT_PAGE >= page.total()) {
                break;
            }
        }
        datasets.removeIf(d -> !d.hasData());
        if (format.equals("json")) {
            return ResponseEntity.ok(Map.of("items", datasets.stream().map(d -> DatasetResponse.of(d, messages,
                    locale)).toList(), "total", datasets.size()));
        }
        String base = settings.baseUrlOfThisRequest();
        var model = DcatRdf.catalog(base, settings.catalogTitle(), organisations.defaultOrganisation(), datasets);
        DatasetSources derived = sources.getIfAvailable();
        if (derived != null) {
            DcatRdf.addSources(model, base, datasets, derived.sourcesOf(datasets));
        }
        return rdf(DcatRdf.write(model, lang(format)), format, "catalogus");
    }

    /** One dataset's metadata; 404 for a dataset the caller may not read, as for every other read (c28). */
    @GetMapping("/v1/datasets/{id}/metadata")
    ResponseEntity<?> metadata(@PathVariable UUID id, @RequestParam(defaultValue = "json") String format,
            Locale locale) {
        Dataset dataset = catalog.get(new DatasetId(id), authorization.currentCaller());
        if (format.equals("json")) {
            return ResponseEntity.ok(DatasetResponse.of(dataset, messages, locale));
        }
        return rdf(DcatRdf.write(DcatRdf.dataset(settings.baseUrlOfThisRequest(), dataset), lang(format)), format, dataset.slug());
    }

    /**
     * Imports a dataset's metadata in the JSON form of the export: the editable members (as for PATCH, with
     * {@code organisation.id} and {@code metadata.*} read as their PATCH members) replace the current ones; read-only
     * members (id, version, distributions, …) are ignored.
     */
    @PostMapping(path = "/v1/datasets/{id}/metadata", consumes = MediaType.APPLICATION_JSON_VALUE)
    DatasetResponse importMetadata(@PathVariable UUID id, @RequestBody Map<String, @Nullable Object> body,
            Locale locale) {
        Caller caller = authorization.currentCaller();
        Dataset current = catalog.get(new DatasetId(id), caller);
        return DatasetResponse.of(patches.apply(current, MetadataPatch.of(fromJson(body)), caller), messages, locale);
    }

    /**
     * Imports a dataset's metadata from DCAT RDF (Turtle or JSON-LD, e.g. a harvested record): the first
     * {@code dcat:Dataset} of the body, read as {@link DcatRdf#read} says.
     */
    @PostMapping(path = "/v1/datasets/{id}/metadata", consumes = {"text/turtle", "application/ld+json"})
    DatasetResponse importRdf(@PathVariable UUID id, @RequestBody String body, HttpServletRequest request,
            Locale locale) {
        Caller caller = authorization.currentCaller();
        Dataset current = catalog.get(new DatasetId(id), caller);
        List<DcatRdf.Imported> read = DcatRdf.read(parse(body, request.getContentType()));
        if (read.isEmpty()) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, "The body holds no dcat:Dataset.",
                    Map.of("parameter", "body", "field", "body"));
        }
        return DatasetResponse.of(patches.apply(current, MetadataPatch.of(read.getFirst().members()), caller),
                messages, locale);
    }

    /**
     * Imports the metadata of many datasets at once, all or none: JSON {@code {"items": [...]}} as
     * {@code GET /v1/catalog?format=json} writes it (each item names its dataset by {@code id}), or DCAT RDF whose
     * datasets are named by their IRI ({@code …/datasets/{slug}}, as the export writes them). An item naming no
     * dataset the caller may edit answers 400 with {@code details.field} = {@code items[n]}.
     */
    @PostMapping(path = "/v1/catalog", consumes = {MediaType.APPLICATION_JSON_VALUE, "text/turtle",
            "application/ld+json"})
    Map<String, Object> importCatalog(@RequestBody String body, HttpServletRequest request, Locale locale) {
        Caller caller = authorization.currentCaller();
        authorization.requireEditDatasets(caller);
        List<Map.Entry<DatasetId, MetadataPatch>> changes = new ArrayList<>();
        String type = String.valueOf(request.getContentType());
        if (type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            JsonNode items = readJson(body).get("items");
            if (items == null || !items.isArray()) {
                throw new PlatformException(ErrorCode.INVALID_PARAMETER, "Send {\"items\": [...]} as "
                        + "GET /v1/catalog?format=json writes it.", Map.of("parameter", "items", "field", "items"));
            }
            for (int n = 0; n < items.size(); n++) {
                Map<String, @Nullable Object> item = json.convertValue(items.get(n), Map.class);
                DatasetId id = item(n, () -> new DatasetId(UUID.fromString(String.valueOf(item.get("id")))), caller);
                changes.add(Map.entry(id, MetadataPatch.of(fromJson(item))));
            }
        } else {
            List<DcatRdf.Imported> read = DcatRdf.read(parse(body, type));
            for (int n = 0; n < read.size(); n++) {
                String iri = read.get(n).iri();
                String slug = iri == null || !iri.contains("/datasets/") ? "" : iri.substring(iri.lastIndexOf(
                        "/datasets/") + "/datasets/".length());
                DatasetId id = item(n, () -> catalog.findBySlugOrId(slug, caller).orElseThrow().id(), caller);
                changes.add(Map.entry(id, MetadataPatch.of(read.get(n).members())));
            }
        }
        List<Dataset> changed = patches.applyEach(changes, caller);
        return Map.of("items", changed.stream().map(d -> DatasetResponse.of(d, messages, locale)).toList(),
                "total", changed.size());
    }

    private DatasetId item(int n, java.util.function.Supplier<DatasetId> find, Caller caller) {
        try {
            DatasetId id = find.get();
            catalog.get(id, caller);
            return id;
        } catch (RuntimeException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, "Item " + n + " names no dataset you may edit "
                    + "(by id in JSON, by its IRI .../datasets/{slug} in RDF).", Map.of("parameter", "items[" + n
                            + "]", "field", "items[" + n + "]"));
        }
    }

    /** The editable members of the JSON export of one dataset. */
    private static Map<String, @Nullable Object> fromJson(Map<String, @Nullable Object> body) {
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        if (body.get("metadata") instanceof Map<?, ?> nested) {
            nested.forEach((k, v) -> members.put(String.valueOf(k), v));
        }
        body.forEach((name, value) -> {
            if (MetadataPatch.TEXT.contains(name) || MetadataPatch.LISTS.contains(name)) {
                members.put(name, value);
            }
        });
        if (body.get("organisation") instanceof Map<?, ?> organisation && organisation.get("id") != null) {
            members.put("organisation", String.valueOf(organisation.get("id")));
            members.remove("publisher");
        }
        return members;
    }

    private JsonNode readJson(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            throw new PlatformException(ErrorCode.REQUEST_UNREADABLE, "The body is not JSON.", Map.of());
        }
    }

    /**
     * The body as RDF.
     *
     * @throws PlatformException {@link ErrorCode#REQUEST_UNREADABLE} with the parser's line and column
     */
    private static Model parse(String body, @Nullable String contentType) {
        Lang lang = contentType != null && contentType.startsWith("application/ld+json") ? Lang.JSONLD : Lang.TURTLE;
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.fromString(body, lang).parse(model);
        } catch (RiotException e) {
            throw new PlatformException(ErrorCode.REQUEST_UNREADABLE, "The body is not readable " + lang.getName()
                    + ": " + e.getMessage(), Map.of("format", lang.getName()));
        }
        return model;
    }

    private static Lang lang(String format) {
        return switch (format) {
            case "ttl", "turtle" -> Lang.TURTLE;
            case "jsonld", "json-ld" -> Lang.JSONLD;
            default -> throw new PlatformException(ErrorCode.INVALID_PARAMETER, "format must be ttl, jsonld or json.",
                    Map.of("parameter", "format", "field", "format"));
        };
    }

    private static ResponseEntity<String> rdf(String body, String format, String name) {
        boolean turtle = lang(format) == Lang.TURTLE;
        return ResponseEntity.ok()
                .contentType(turtle ? TURTLE : JSON_LD)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name
                        + (turtle ? ".ttl" : ".jsonld") + "\"")
                .body(body);
    }

    /** {@code ids}: dataset ids; {@code set}: members as for PATCH. */
    record BulkRequest(@Nullable List<UUID> ids, @Nullable Map<String, @Nullable Object> set) {
    }

    /** An organisation and its defaults, flat as a client writes it. */
    record OrganisationRequest(@Nullable String id, @Nullable String uri, @Nullable String name,
            @Nullable String contactName, @Nullable String contactEmail, @Nullable String contactPhone,
            @Nullable String licence, @Nullable String language, @Nullable String authority,
            @Nullable List<String> themes) {

        Organisation.Defaults defaults() {
            ContactPoint contact = contactName == null && contactEmail == null && contactPhone == null ? null
                    : new ContactPoint(contactName == null ? "" : contactName, contactEmail, contactPhone);
            return new Organisation.Defaults(contact, licence, language, authority,
                    themes == null ? List.of() : themes);
        }
    }

}
