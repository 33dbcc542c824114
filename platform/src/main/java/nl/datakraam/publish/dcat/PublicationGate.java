// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import java.util.Optional;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetPage;
import org.springframework.stereotype.Component;

/**
 * What the platform publishes to the world (the DCAT feed, the sitemap, the schema.org description): every gate a
 * dataset must pass, decided here only. The public sees it whoever asks: a signed-in caller gets the same feed as the
 * anonymous public, and a dataset that does not pass is absent (404 for its own RDF) exactly like one that does not
 * exist (c28).
 */
@Component
public class PublicationGate {

    private final Catalog catalog;

    PublicationGate(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Whether the dataset passes every publication gate: {@code openbaar}, with data of its own (a harvested record
     * is its source's to publish, not ours). (Issue 9's privacy gate is a further condition of this method.)
     */
    public boolean admits(Dataset dataset) {
        return dataset.accessLevel() == AccessLevel.OPENBAAR && dataset.currentVersion() != null;
    }

    /**
     * One page of the published datasets, in the order they were registered (stable while the catalogue changes, so
     * that a harvester paging through it sees every dataset once), read as the anonymous public reads the catalogue
     * (openbaar, with data of their own) and then through {@link #admits}; {@code total} counts the same datasets.
     */
    public DatasetPage page(int limit, int offset) {
        DatasetPage page = catalog.ownInRegistrationOrder(Caller.anonymous(), limit, offset);
        return new DatasetPage(page.items().stream().filter(this::admits).toList(), page.total());
    }

    /** The published dataset with this slug (or id); empty when there is none or it does not pass. */
    public Optional<Dataset> find(String slugOrId) {
        return catalog.findBySlugOrId(slugOrId, Caller.anonymous()).filter(this::admits);
    }
}
