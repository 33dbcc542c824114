// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.datalab.BaseMapSettings;
import nl.datakraam.datalab.Maps;
import nl.datakraam.datalab.SavedMap;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The datalab's maps (issue 7): {@code GET /v1/maps} lists those the caller may see, {@code POST /v1/maps} saves one
 * (signed in; body {@code {title, description, accessLevel, spec}}, {@link Maps.MapDraft}, spec as
 * {@link nl.datakraam.datalab.MapSpec}), {@code GET /v1/maps/{id}} describes one (with its base map, and its spec
 * for those who may change it), {@code PUT} and {@code DELETE /v1/maps/{id}} change and remove it (owner and
 * beheerder), and {@code GET /v1/maps/{id}/geojson} gives its data, read as the caller ({@link Maps#data}). A map the
 * caller may not see, or an id that is no UUID, is 404 {@code map.not-found}.
 */
@RestController
class MapApiController {

    static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final Maps maps;
    private final Authorization authorization;

    MapApiController(Maps maps, Authorization authorization) {
        this.maps = maps;
        this.authorization = authorization;
    }

    @GetMapping("/v1/maps")
    Map<String, Object> all() {
        Caller caller = authorization.currentCaller();
        List<Map<String, Object>> items = maps.visible(caller).stream().map(map -> describe(map, caller)).toList();
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping("/v1/maps")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody Maps.MapDraft draft) {
        Caller caller = authorization.currentCaller();
        return describe(maps.create(draft, caller), caller);
    }

    @GetMapping("/v1/maps/{id}")
    Map<String, Object> one(@PathVariable String id) {
        Caller caller = authorization.currentCaller();
        return describe(maps.get(uuid(id), caller), caller);
    }

    @PutMapping("/v1/maps/{id}")
    Map<String, Object> update(@PathVariable String id, @RequestBody Maps.MapDraft draft) {
        Caller caller = authorization.currentCaller();
        return describe(maps.update(uuid(id), draft, caller), caller);
    }

    @DeleteMapping("/v1/maps/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        maps.delete(uuid(id), authorization.currentCaller());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/v1/maps/{id}/geojson")
    ResponseEntity<Map<String, Object>> geojson(@PathVariable String id) {
        return ResponseEntity.ok().contentType(GEOJSON).body(maps.data(uuid(id), authorization.currentCaller()));
    }

    /** A map as the API shows it: its spec only to those who may change it (it names datasets and holds SQL). */
    private Map<String, Object> describe(SavedMap map, Caller caller) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", map.id());
        out.put("title", map.title());
        out.put("description", map.description());
        out.put("accessLevel", map.accessLevel().code());
        out.put("kind", map.spec().kind());
        out.put("baseMap", baseMap(maps.baseMap(map)));
        boolean editable = maps.mayEdit(map, caller);
        out.put("mayEdit", editable);
        if (editable) {
            out.put("spec", map.spec());
            out.put("owner", map.owner());
        }
        out.put("modifiedAt", map.modifiedAt());
        out.put("links", List.of(
                Map.of("rel", "self", "href", "/v1/maps/" + map.id()),
                Map.of("rel", "data", "type", GEOJSON.toString(), "href", "/v1/maps/" + map.id() + "/geojson"),
                Map.of("rel", "alternate", "type", "text/html", "href", "/datalab/kaarten/" + map.id())));
        return out;
    }

    /** The base map as the API and the map script see it: url, attribution, maxZoom; null for none. */
    static @Nullable Map<String, Object> baseMap(@Nullable BaseMapSettings base) {
        return base == null ? null : Map.of("url", String.valueOf(base.url()), "attribution",
                base.attribution() == null ? "" : base.attribution(), "maxZoom", base.maxZoom());
    }

    /** The id, or 404 {@code map.not-found} for a text that is no UUID (as for an absent map). */
    static UUID uuid(@Nullable String id) {
        try {
            return UUID.fromString(String.valueOf(id));
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.MAP_NOT_FOUND, "This map does not exist.",
                    Map.of("mapId", String.valueOf(id)));
        }
    }
}
