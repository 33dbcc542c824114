// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.datalab.MapSpec;
import nl.datakraam.datalab.Maps;
import nl.datakraam.datalab.SavedMap;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The datalab's map pages: {@code /datalab/kaarten} (the maps the caller may see), {@code /datalab/kaarten/nieuw} and
 * {@code /datalab/kaarten/{id}/bewerken} (the form: kind, datasets, code fields, figures, classes, base map),
 * {@code /datalab/kaarten/{id}} (the map with its legend and data table), {@code /datalab/kaarten/{id}/embed} (the
 * map alone, for a frame on Datakraam's own pages) and {@code /datalab/kaarten/{id}/data}, the JSON that
 * {@code /js/datalab-map.js} draws from: the map's description and its GeoJSON ({@link Maps#data}), read as the
 * signed-in viewer (the {@code /v1} API takes API keys, not the browser's session). The same operations as
 * {@code /v1/maps}.
 */
@Controller
class MapPageController {

    private final Maps maps;
    private final Catalog catalog;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    MapPageController(Maps maps, Catalog catalog, Authorization authorization, LocalisedMessages messages) {
        this.maps = maps;
        this.catalog = catalog;
        this.authorization = authorization;
        this.messages = messages;
    }

    /**
     * The form's fields, all text as the browser sends them; {@code filter} one {@code field=value} per line,
     * {@code popupFields} separated by commas; {@code figureSource} {@code sql} or {@code dataset}.
     */
    record MapForm(@Nullable String title, @Nullable String description, @Nullable String accessLevel,
            @Nullable String kind, @Nullable String dataset, @Nullable String filter, @Nullable String popupFields,
            @Nullable String codeField, @Nullable String nameField, @Nullable String level, @Nullable String areaSql,
            @Nullable String figureSource, @Nullable String figureSql, @Nullable String figureDataset,
            @Nullable String figureCodeField, @Nullable String figureValueField, @Nullable String measure,
            @Nullable String valueLabel, @Nullable String classification, @Nullable String classes,
            @Nullable String baseMap) {

        static MapForm empty() {
            return new MapForm(null, null, "intern", MapSpec.CHOROPLETH, null, null, null, "gemeentecode",
                    "gemeentenaam", "gemeente", null, "sql", null, null, null, null, "sum", null, "quantile", "5",
                    "on");
        }

        static MapForm of(SavedMap map) {
            MapSpec s = map.spec();
            StringBuilder filter = new StringBuilder();
            s.filter().forEach((field, value) -> filter.append(field).append('=').append(value).append('\n'));
            return new MapForm(map.title(), map.description(), map.accessLevel().code(), s.kind(),
                    s.dataset().toString(), filter.toString().strip(), String.join(", ", s.popupFields()),
                    s.codeField(), s.nameField(), s.level(), s.areaSql(),
                    s.figureDataset() != null ? "dataset" : "sql", s.figureSql(),
                    s.figureDataset() == null ? null : s.figureDataset().toString(), s.figureCodeField(),
                    s.figureValueField(), s.measure(), s.valueLabel(), s.classification(),
                    s.classes() == 0 ? "5" : Integer.toString(s.classes()), s.baseMap() ? "on" : null);
        }

        Maps.MapDraft draft() {
            Map<String, String> filters = new LinkedHashMap<>();
            if (filter != null) {
                for (String line : filter.split("\\R")) {
                    int equals = line.indexOf('=');
                    if (equals > 0) {
                        filters.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                    } else if (!line.isBlank()) {
                        throw new PlatformException(ErrorCode.INVALID_PARAMETER, nl.datakraam.shared.RequestCode.FORM,
                                Map.of("parameter", "filter", "expected", "other"));
                    }
                }
            }
            List<String> popup = popupFields == null ? List.of() : Arrays.stream(popupFields.split(","))
                    .map(String::strip).filter(f -> !f.isEmpty()).toList();
            boolean fromDataset = "dataset".equals(figureSource);
            int classCount;
            try {
                classCount = classes == null || classes.isBlank() ? 0 : Integer.parseInt(classes.strip());
            } catch (NumberFormatException e) {
                classCount = -1;
            }
            MapSpec spec = new MapSpec(kind == null ? "" : kind, baseMap != null, id(dataset), filters, popup,
                    codeField, nameField, level, areaSql, fromDataset ? null : figureSql,
                    fromDataset ? id(figureDataset) : null, fromDataset ? figureCodeField : null,
                    fromDataset ? figureValueField : null, fromDataset ? measure : null, valueLabel, classification,
                    classCount);
            return new Maps.MapDraft(title, description, accessLevel, spec);
        }

        private static @Nullable UUID id(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                throw new PlatformException(ErrorCode.INVALID_PARAMETER, nl.datakraam.shared.RequestCode.FORM,
                        Map.of("parameter", "dataset", "expected", "uuid"));
            }
        }
    }

    @GetMapping("/datalab/kaarten")
    String list(Model model) {
        Caller caller = authorization.currentCaller();
        model.addAttribute("maps", maps.visible(caller));
        model.addAttribute("mayCreate", maps.mayCreate(caller));
        return "datalab/maps";
    }

    @GetMapping("/datalab/kaarten/nieuw")
    String newMap(Model model) {
        requireSignedIn();
        return form(model, MapForm.empty(), null, null);
    }

    @PostMapping("/datalab/kaarten")
    String create(@ModelAttribute MapForm form, Model model, Locale locale) {
        Caller caller = requireSignedIn();
        try {
            SavedMap map = maps.create(form.draft(), caller);
            return "redirect:/datalab/kaarten/" + map.id();
        } catch (PlatformException e) {
            return formError(e, model, form, null, locale);
        }
    }

    @GetMapping("/datalab/kaarten/{id}")
    String view(@PathVariable String id, Model model) {
        Caller caller = authorization.currentCaller();
        SavedMap map = maps.get(MapApiController.uuid(id), caller);
        model.addAttribute("map", map);
        model.addAttribute("mayEdit", maps.mayEdit(map, caller));
        return "datalab/map";
    }

    @GetMapping("/datalab/kaarten/{id}/embed")
    String embed(@PathVariable String id, Model model) {
        model.addAttribute("map", maps.get(MapApiController.uuid(id), authorization.currentCaller()));
        return "datalab/map-embed";
    }

    @GetMapping("/datalab/kaarten/{id}/data")
    @ResponseBody
    ResponseEntity<Map<String, Object>> data(@PathVariable String id) {
        Caller caller = authorization.currentCaller();
        UUID uuid = MapApiController.uuid(id);
        SavedMap map = maps.get(uuid, caller);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", map.id());
        out.put("title", map.title());
        out.put("kind", map.spec().kind());
        out.put("baseMap", MapApiController.baseMap(maps.baseMap(map)));
        out.put("geojson", maps.data(uuid, caller));
        return ResponseEntity.ok(out);
    }

    @GetMapping("/datalab/kaarten/{id}/bewerken")
    String edit(@PathVariable String id, Model model) {
        SavedMap map = editable(id);
        return form(model, MapForm.of(map), map.id(), null);
    }

    @PostMapping("/datalab/kaarten/{id}")
    String update(@PathVariable String id, @ModelAttribute MapForm form, Model model, Locale locale) {
        SavedMap map = editable(id);
        try {
            maps.update(map.id(), form.draft(), authorization.currentCaller());
            return "redirect:/datalab/kaarten/" + map.id();
        } catch (PlatformException e) {
            return formError(e, model, form, map.id(), locale);
        }
    }

    @PostMapping("/datalab/kaarten/{id}/verwijderen")
    String delete(@PathVariable String id) {
        maps.delete(MapApiController.uuid(id), authorization.currentCaller());
        return "redirect:/datalab/kaarten";
    }

    private SavedMap editable(String id) {
        Caller caller = requireSignedIn();
        SavedMap map = maps.get(MapApiController.uuid(id), caller);
        if (!maps.mayEdit(map, caller)) {
            throw new PlatformException(ErrorCode.NOT_ALLOWED, "Only the map's owner and the beheerder may change it.",
                    Map.of("caller", caller.id()));
        }
        return map;
    }

    private Caller requireSignedIn() {
        Caller caller = authorization.currentCaller();
        if (!maps.mayCreate(caller)) {
            throw new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to make a map.");
        }
        return caller;
    }

    private String formError(PlatformException e, Model model, MapForm form, @Nullable UUID id, Locale locale) {
        ErrorCode code = e.code();
        if (!code.status().is4xxClientError() || code == ErrorCode.NOT_ALLOWED || code == ErrorCode.LOGIN_REQUIRED
                || code == ErrorCode.MAP_NOT_FOUND) {
            throw e;
        }
        return form(model, form, id, messages.problem(e, locale));
    }

    private String form(Model model, MapForm form, @Nullable UUID id, @Nullable String error) {
        Caller caller = authorization.currentCaller();
        List<Dataset> readable = new ArrayList<>(catalog.list(caller, 1000, 0).items());
        readable.removeIf(d -> d.currentVersion() == null);
        model.addAttribute("form", form);
        model.addAttribute("mapId", id);
        model.addAttribute("error", error);
        model.addAttribute("geodata", readable.stream()
                .filter(d -> d.currentVersion() != null && d.currentVersion().spatial() != null).toList());
        model.addAttribute("datasets", readable);
        model.addAttribute("measures", MapSpec.MEASURES);
        model.addAttribute("levels", MapSpec.LEVELS);
        return "datalab/map-form";
    }
}
