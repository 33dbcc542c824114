// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.Concept;
import nl.datakraam.catalog.ContactPoint;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetGroup;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.DcatProperties;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.DistributionFormat;
import nl.datakraam.catalog.Organisation;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.catalog.Vocabularies;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Datakraam's catalogue records in the shapes of CKAN's dictization ({@code package_show}, {@code resource_show},
 * {@code organization_show}, {@code group_show}, {@code tag_list}), as plain maps in CKAN's member order. Pure.
 *
 * <p>Mapping: the package {@code id} is the dataset id and its {@code name} the slug; {@code private} is true for
 * every access level but openbaar; {@code maintainer}/{@code maintainer_email} are the contact point;
 * {@code license_id} is the licence's code in the DCAT-AP-DONL list ({@code CC-BY-4.0}), {@code license_url} its IRI;
 * {@code version} the current version's number; each distribution of the current version is a resource with the
 * stable id {@code <dataset id>-<format>} (see {@link #resourceId}); DCAT properties CKAN has no field for are
 * {@code extras} (lists as JSON arrays in a string, as ckanext-dcat writes them; the WGS 84 extent of geodata as
 * a GeoJSON polygon in {@code spatial}, as ckanext-spatial reads it).
 *
 * @param base   the public base URL, without trailing slash
 * @param locale the language of titles that have two (licences, frequencies)
 */
record CkanPackages(String base, Locale locale, Map<String, DatasetGroup> groups, JsonMapper json) {

    /** CKAN's timestamp form: ISO 8601 in UTC without zone, microseconds ({@code 2024-03-01T10:11:12.123456}). */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** The resource id of a distribution: {@code <dataset id>-<format>}, e.g. {@code 5f0c…-csv}. */
    static String resourceId(DatasetId dataset, String format) {
        return dataset + "-" + format.toLowerCase(Locale.ROOT);
    }

    /** The dataset id and format a resource id names; empty for text that is not a resource id. */
    static Optional<Map.Entry<DatasetId, String>> parseResourceId(String id) {
        String text = id.strip();
        if (text.length() < 38 || text.charAt(36) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(DatasetId.parse(text.substring(0, 36)), text.substring(37)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code package_show}'s result. */
    Map<String, Object> packageOf(Dataset d) {
        Map<String, Object> p = new LinkedHashMap<>();
        ContactPoint contact = d.properties().contactPoint();
        Licence licence = licence(d.licence());
        DatasetVersion version = d.currentVersion();
        p.put("id", d.id().toString());
        p.put("name", d.slug());
        p.put("title", d.title());
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", d.accessLevel() != AccessLevel.OPENBAAR);
        p.put("notes", d.description());
        p.put("url", d.properties().landingPage() != null ? d.properties().landingPage()
                : DcatRdf.datasetUri(base, d));
        p.put("version", version == null ? null : Integer.toString(version.number()));
        p.put("author", d.publisherName());
        p.put("author_email", null);
        p.put("maintainer", contact == null ? null : contact.name());
        p.put("maintainer_email", contact == null ? null : contact.email());
        p.put("license_id", licence == null ? null : licence.id());
        p.put("license_title", licence == null ? null : licence.title());
        p.put("license_url", licence == null ? null : licence.url());
        p.put("isopen", licence != null && licence.open());
        p.put("metadata_created", timestamp(d.createdAt()));
        p.put("metadata_modified", timestamp(d.modifiedAt()));
        p.put("owner_org", d.publisher() == null ? null : d.publisher().id());
        p.put("organization", d.publisher() == null ? null : organizationOf(d.publisher(), null));
        List<Map<String, Object>> inGroups = d.groups().stream().map(groups::get)
                .filter(java.util.Objects::nonNull).map(g -> groupOf(g, null)).toList();
        p.put("groups", inGroups);
        List<Map<String, Object>> tags = d.keywords().stream().map(CkanPackages::tagOf).toList();
        p.put("tags", tags);
        p.put("num_tags", tags.size());
        List<Map<String, Object>> resources = resourcesOf(d);
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        p.put("extras", extras(d));
        p.put("relationships_as_object", List.of());
        p.put("relationships_as_subject", List.of());
        return p;
    }

    /** The resources of a dataset: one per distribution of its current version, none before the first. */
    List<Map<String, Object>> resourcesOf(Dataset d) {
        DatasetVersion version = d.currentVersion();
        if (version == null) {
            return List.of();
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Distribution x : version.distributions()) {
            resources.add(resourceOf(d, version, x, resources.size()));
        }
        return resources;
    }

    private Map<String, Object> resourceOf(Dataset d, DatasetVersion version, Distribution x, int position) {
        Map<String, Object> r = new LinkedHashMap<>();
        String label = x.format().toUpperCase(Locale.ROOT);
        // CKAN's format is the file type (CSV for the CSV voor Excel (NL) too); the name keeps them apart
        String format = DistributionFormat.of(x.format()).map(DistributionFormat::fileType).orElse(label);
        r.put("id", resourceId(d.id(), x.format()));
        r.put("package_id", d.id().toString());
        r.put("name", d.title() + " (" + label + ")");
        r.put("description", "Versie " + version.number() + " van " + d.title() + " als " + label + ".");
        r.put("format", format);
        r.put("mimetype", x.mediaType());
        r.put("url", DcatRdf.downloadUrl(base, d, x));
        r.put("size", x.byteSize());
        r.put("hash", x.sha256() == null ? "" : x.sha256());
        r.put("created", timestamp(version.createdAt()));
        r.put("last_modified", timestamp(version.createdAt()));
        r.put("metadata_modified", timestamp(d.modifiedAt()));
        r.put("position", position);
        r.put("state", "active");
        r.put("url_type", null);
        r.put("resource_type", null);
        r.put("datastore_active", true);
        return r;
    }

    /** An organization dict; {@code packageCount} null leaves {@code package_count} out, as CKAN does in a package. */
    Map<String, Object> organizationOf(Organisation.Ref o, @Nullable Long packageCount) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", o.id());
        org.put("name", o.id());
        org.put("title", o.name());
        org.put("display_name", o.name());
        org.put("type", "organization");
        org.put("description", "");
        org.put("image_url", "");
        org.put("is_organization", true);
        org.put("approval_status", "approved");
        org.put("state", "active");
        org.put("extras", List.of(extra("uri", o.uri())));
        if (packageCount != null) {
            org.put("package_count", packageCount);
        }
        return org;
    }

    /** A group dict; {@code packageCount} null leaves {@code package_count} out. */
    Map<String, Object> groupOf(DatasetGroup g, @Nullable Long packageCount) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("id", g.id());
        group.put("name", g.id());
        group.put("title", g.name());
        group.put("display_name", g.name());
        group.put("type", "group");
        group.put("description", g.description() == null ? "" : g.description());
        group.put("image_display_url", "");
        group.put("is_organization", false);
        group.put("approval_status", "approved");
        group.put("state", "active");
        if (packageCount != null) {
            group.put("package_count", packageCount);
        }
        return group;
    }

    /** A tag dict; its id is derived from the name, so it is the same in every answer. */
    static Map<String, Object> tagOf(String name) {
        Map<String, Object> tag = new LinkedHashMap<>();
        tag.put("id", UUID.nameUUIDFromBytes(("tag:" + name).getBytes(StandardCharsets.UTF_8)).toString());
        tag.put("name", name);
        tag.put("display_name", name);
        tag.put("state", "active");
        tag.put("vocabulary_id", null);
        return tag;
    }

    private List<Map<String, String>> extras(Dataset d) {
        DcatProperties p = d.properties();
        Map<String, @Nullable String> extras = new LinkedHashMap<>();
        String uri = DcatRdf.datasetUri(base, d);
        extras.put("uri", uri);
        extras.put("identifier", p.identifier() == null ? uri : p.identifier());
        extras.put("access_level", d.accessLevel().code());
        extras.put("theme", jsonList(p.themes()));
        extras.put("language", jsonList(p.languages()));
        extras.put("metadata_language", p.metadataLanguage());
        extras.put("frequency", d.updateFrequency() == null ? null : d.updateFrequency().iri());
        extras.put("spatial_uri", jsonList(p.spatial().stream()
                .map(code -> Vocabularies.find(Vocabularies.places(), code).map(Concept::iri).orElse(code)).toList()));
        extras.put("temporal_start", p.temporalStart() == null ? null : p.temporalStart().toString());
        extras.put("temporal_end", p.temporalEnd() == null ? null : p.temporalEnd().toString());
        extras.put("conforms_to", jsonList(p.conformsTo()));
        extras.put("provenance", p.provenance());
        extras.put("documentation", p.documentation());
        extras.put("contact_phone", p.contactPoint() == null ? null : p.contactPoint().phone());
        extras.put("publisher_uri", d.publisher() == null ? null : d.publisher().uri());
        extras.put("authority", p.authority());
        DatasetVersion version = d.currentVersion();
        VersionSpatial spatial = version == null ? null : version.spatial();
        if (spatial != null && spatial.bbox() != null) {
            VersionSpatial.Bbox b = spatial.bbox();
            Map<String, Object> polygon = new LinkedHashMap<>();
            polygon.put("type", "Polygon");
            polygon.put("coordinates", List.of(List.of(List.of(b.west(), b.south()), List.of(b.east(), b.south()),
                    List.of(b.east(), b.north()), List.of(b.west(), b.north()), List.of(b.west(), b.south()))));
            extras.put("spatial", json.writeValueAsString(polygon));
        }
        if (version != null) {
            extras.put("version_notes", version.versionNotes());
            extras.put("row_count", Long.toString(version.rowCount()));
        }
        List<Map<String, String>> list = new ArrayList<>();
        extras.forEach((key, value) -> {
            if (value != null) {
                list.add(extra(key, value));
            }
        });
        return list;
    }

    /** One of CKAN's {@code extras}: {@code {"key": ..., "value": ...}}, in that order. */
    private static Map<String, String> extra(String key, String value) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("key", key);
        extra.put("value", value);
        return extra;
    }

    private @Nullable String jsonList(List<String> values) {
        return values.isEmpty() ? null : json.writeValueAsString(values);
    }

    /**
     * A licence as CKAN names it: the code of the DCAT-AP-DONL list ({@code CC-BY-4.0}), its label and IRI; a licence
     * outside the list (older free text) as its own id and title. Null for none.
     */
    @Nullable Licence licence(@Nullable String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        return Vocabularies.find(Vocabularies.licences(), recorded)
                .map(c -> new Licence(c.code(), c.label(locale), c.iri(), open(c.code())))
                .orElseGet(() -> new Licence(recorded, recorded,
                        recorded.startsWith("http") ? recorded : null, false));
    }

    /** Whether a licence of the list is open (Open Definition): CC0, the Public Domain Mark, CC BY and CC BY-SA. */
    private static boolean open(String code) {
        return code.startsWith("CC0") || code.startsWith("PDM")
                || code.startsWith("CC-BY") && !code.contains("-NC") && !code.contains("-ND");
    }

    /** @param url the licence's IRI; null for a free-text licence */
    record Licence(String id, String title, @Nullable String url, boolean open) {
    }
}
