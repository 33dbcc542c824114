// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.catalog.CatalogSettings;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.DcatProperties;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.catalog.Vocabularies;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Dataset} description of a dataset page (JSON-LD in {@code <script type="application/ld+json">},
 * as search engines read it): {@code name}, {@code description}, {@code url}, {@code identifier}, {@code license},
 * {@code creator} and {@code publisher} ({@code Organization}), {@code keywords}, {@code spatialCoverage}
 * ({@code Place}: the extent as a {@code GeoShape} box "south west north east" in WGS 84, and the named areas),
 * {@code temporalCoverage} (an ISO 8601 interval, {@code ..} for an open end), {@code distribution}
 * ({@code DataDownload} with {@code encodingFormat} and {@code contentUrl}), {@code dateModified},
 * {@code datePublished} and {@code isAccessibleForFree}. Only for a dataset {@link PublicationGate} admits.
 */
@Component
public class SchemaOrgDataset {

    private final PublicationGate gate;
    private final CatalogSettings settings;
    private final JsonMapper json;

    SchemaOrgDataset(PublicationGate gate, CatalogSettings settings, JsonMapper json) {
        this.gate = gate;
        this.settings = settings;
        this.json = json;
    }

    /**
     * The JSON-LD text to put in the page's script element ({@code </} written as {@code <\/}, so it cannot end the
     * element); empty for a dataset that is not published. Call within a request (the base of the links is its).
     */
    public Optional<String> script(Dataset dataset) {
        if (!gate.admits(dataset)) {
            return Optional.empty();
        }
        return Optional.of(json.writeValueAsString(describe(settings.baseUrlOfThisRequest(), dataset)).replace("</", "<\\/"));
    }

    static Map<String, Object> describe(String base, Dataset d) {
        DcatProperties p = d.properties();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "Dataset");
        ld.put("@id", DcatRdf.datasetUri(base, d));
        ld.put("name", d.title());
        ld.put("description", d.description() != null && !d.description().isBlank() ? d.description() : d.title());
        ld.put("url", DcatRdf.datasetUri(base, d));
        ld.put("identifier", p.identifier() != null ? p.identifier() : DcatRdf.datasetUri(base, d));
        if (d.licence() != null && d.licence().matches("(?i)https?://\\S+")) {
            ld.put("license", d.licence().strip());
        }
        if (d.publisher() != null) {
            Map<String, Object> organisation = Map.of("@type", "Organization", "name", d.publisher().name(), "url",
                    d.publisher().uri());
            ld.put("publisher", organisation);
            ld.put("creator", organisation);
        }
        if (!d.keywords().isEmpty()) {
            ld.put("keywords", d.keywords());
        }
        Map<String, Object> place = place(d);
        if (!place.isEmpty()) {
            ld.put("spatialCoverage", place);
        }
        if (p.temporalStart() != null || p.temporalEnd() != null) {
            ld.put("temporalCoverage", (p.temporalStart() == null ? ".." : p.temporalStart().toString()) + "/"
                    + (p.temporalEnd() == null ? ".." : p.temporalEnd().toString()));
        }
        ld.put("datePublished", d.createdAt().toString());
        ld.put("dateModified", d.modifiedAt().toString());
        ld.put("isAccessibleForFree", true);
        DatasetVersion version = d.currentVersion();
        if (version != null) {
            List<Map<String, Object>> downloads = new ArrayList<>();
            for (Distribution x : version.distributions()) {
                downloads.add(Map.of("@type", "DataDownload", "encodingFormat",
                        x.mediaType().split(";", 2)[0].strip(), "contentUrl", DcatRdf.downloadUrl(base, d, x)));
            }
            ld.put("distribution", downloads);
        }
        return ld;
    }

    private static Map<String, Object> place(Dataset d) {
        Map<String, Object> place = new LinkedHashMap<>();
        List<String> names = d.properties().spatial().stream()
                .flatMap(code -> Vocabularies.find(Vocabularies.places(), code).stream())
                .map(c -> c.labelNl()).toList();
        if (!names.isEmpty()) {
            place.put("@type", "Place");
            place.put("name", String.join(", ", names));
        }
        VersionSpatial spatial = d.currentVersion() == null ? null : d.currentVersion().spatial();
        VersionSpatial.Bbox bbox = spatial == null ? null : spatial.bbox();
        if (bbox != null) {
            place.put("@type", "Place");
            place.put("geo", Map.of("@type", "GeoShape", "box", bbox.south() + " " + bbox.west() + " "
                    + bbox.north() + " " + bbox.east()));
        }
        return place;
    }
}
