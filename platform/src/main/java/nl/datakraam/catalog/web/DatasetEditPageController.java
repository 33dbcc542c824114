// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.web;

import java.util.Arrays;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetMetadata;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The metadata form of a dataset page ({@code POST /datasets/{id}/gegevens}), for stewards. */
@Controller
class DatasetEditPageController {

    private final Catalog catalog;
    private final Authorization authorization;

    DatasetEditPageController(Catalog catalog, Authorization authorization) {
        this.catalog = catalog;
        this.authorization = authorization;
    }

    /**
     * @param keywords        comma-separated
     * @param updateFrequency the code of a frequency of the EU list; empty for not declared
     */
    @PostMapping("/datasets/{id}/gegevens")
    String describe(@PathVariable UUID id, @RequestParam String title,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String publisher,
            @RequestParam(required = false) @Nullable String licence,
            @RequestParam(required = false, defaultValue = "") String keywords,
            @RequestParam String accessLevel,
            @RequestParam(required = false, defaultValue = "") String updateFrequency) {
        UpdateFrequency frequency = updateFrequency.isBlank() ? null : UpdateFrequency.find(updateFrequency)
                .orElseThrow(() -> new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FREQUENCY,
                        java.util.Map.of("parameter", "updateFrequency", "allowed", UpdateFrequency.all().stream()
                                .map(UpdateFrequency::code).toList(), "namespace", UpdateFrequency.NAMESPACE)));
        catalog.describe(new DatasetId(id), new DatasetMetadata(title, description, publisher, licence,
                Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList(),
                AccessLevel.fromCode(accessLevel), frequency), authorization.currentCaller());
        return "redirect:/datasets/" + id;
    }
}
