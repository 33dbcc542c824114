// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import java.time.temporal.ChronoUnit;
import nl.datakraam.catalog.CatalogSettings;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.catalog.DcatRdf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * For search engines: {@code GET /sitemap.xml} (sitemaps.org 0.9) lists the catalogue home and the page of every
 * dataset {@link PublicationGate} admits, with its last change as {@code lastmod}; {@code GET /robots.txt} points to
 * it and keeps crawlers out of the signed-in parts. One sitemap holds at most 50,000 addresses (sitemaps.org); a
 * larger catalogue needs a sitemap index, which this does not make yet.
 */
@RestController
class SitemapController {

    private static final int BATCH = 1000;

    private final PublicationGate gate;
    private final CatalogSettings settings;

    SitemapController(PublicationGate gate, CatalogSettings settings) {
        this.gate = gate;
        this.settings = settings;
    }

    @GetMapping(path = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    String sitemap() {
        String base = settings.baseUrlOfThisRequest();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + "/")).append("</loc></url>\n");
        for (int offset = 0; ; offset += BATCH) {
            DatasetPage page = gate.page(BATCH, offset);
            for (Dataset dataset : page.items()) {
                xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(DcatRdf.datasetUri(base, dataset)))
                        .append("</loc><lastmod>").append(dataset.modifiedAt().truncatedTo(ChronoUnit.SECONDS))
                        .append("</lastmod></url>\n");
            }
            if (offset + BATCH >= page.total()) {
                break;
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    @GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return """
                User-agent: *
                Disallow: /beheer/
                Disallow: /account/
                Disallow: /taken/
                Disallow: /inloggen
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(settings.baseUrlOfThisRequest());
    }
}
