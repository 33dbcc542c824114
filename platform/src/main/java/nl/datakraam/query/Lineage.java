// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a derived dataset comes from ({@code GET /v1/datasets/{id}/lineage}): the SQL that makes it, the sources
 * its current version read (exact versions), and how its last refresh went. For a dataset that is not derived,
 * {@code derived} is false and only {@code usedIn} is filled.
 *
 * @param versionId     the derived version the sources belong to (the current one; the latest run while its ingest
 *                      is still running); null when not derived or before the first version
 * @param sql           the SELECT it is made with; null when not derived, and for a caller who may not read every
 *                      source and may not change it (it names the sources' tables and fields)
 * @param owner         the account it is refreshed as; null when not derived, and for a caller who is not its owner
 *                      and may not change it
 * @param refreshedAt   when a source's new version last led to a new run; null when never
 * @param refreshError  when the last refresh failed: {@code code} (message key {@code issue.<code>}),
 *                      {@code arguments}, {@code message} (English); null after success, and for a caller who is not
 *                      its owner and may not change it
 * @param usedIn        the derived datasets the reader may read that read this dataset
 */
public record Lineage(boolean derived, @Nullable UUID versionId, @Nullable String sql, @Nullable String owner,
        List<LineageSource> sources, @Nullable Instant refreshedAt, @Nullable RefreshError refreshError,
        List<DerivedUse> usedIn) {

    public Lineage {
        sources = List.copyOf(sources);
        usedIn = List.copyOf(usedIn);
    }

    /**
     * Why the last refresh failed.
     *
     * @param code the message code, e.g. {@code query.refresh-source-unreadable}
     */
    public record RefreshError(String code, Map<String, Object> arguments, String message, Instant at) {
    }

    /** A derived dataset that reads the dataset. */
    public record DerivedUse(UUID datasetId, String title, String slug) {
    }
}
