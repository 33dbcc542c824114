// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An external catalogue Datakraam harvests from.
 *
 * @param id           a random UUID in text
 * @param kind         the catalogue's API
 * @param url          for {@code ckan} the CKAN site (or its {@code …/api/3/action/package_search} URL, whose
 *                     {@code rows} is kept as page size); for {@code dcat} the first page of the DCAT endpoint
 * @param interval     time between scheduled harvests, at least five minutes
 * @param organisation the organisation harvested datasets are published under; null: each record's own publisher
 *                     (an organisation of that name, created when new)
 * @param createdBy    the account that added the source; it owns the harvested datasets (an account grant)
 * @param nextRunAt    when the schedule harvests it next
 * @param lastRun      how the last harvest went; null before the first
 */
public record HarvestSource(String id, String name, HarvestKind kind, String url, Duration interval,
        @Nullable String organisation, String createdBy, Instant createdAt, Instant nextRunAt,
        @Nullable HarvestRun lastRun) {
}
