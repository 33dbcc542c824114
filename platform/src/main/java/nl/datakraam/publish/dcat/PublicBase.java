// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import nl.datakraam.catalog.CatalogSettings;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The base of the public IRIs and links in what a request answers (call within a request). */
final class PublicBase {

    private PublicBase() {
    }

    /** {@link CatalogSettings#baseUrl} for the current request. */
    static String of(CatalogSettings settings) {
        return settings.baseUrl(ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null)
                .replaceQuery(null).build().toUriString());
    }
}
