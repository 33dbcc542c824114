// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A query its owner saved to run again or to make a derived dataset of.
 *
 * @param owner       the account that saved it ({@code Caller.id()}); only it and the beheerder see it
 * @param title       1–500 characters
 * @param sql         one SELECT statement, which ran for its owner when it was saved
 * @param builder     the no-SQL builder's state, to open the query in the builder again: a JSON object kept as text,
 *                    opaque here; null for a query written as SQL
 * @param lastRunAt   when it last ran (on save, or when a derived dataset was made of it); null when never
 * @param lastRunRows rows of that run's answer (at most the interactive row limit; see {@code lastRunTruncated})
 * @param lastRunTruncated whether that answer had more rows than the interactive row limit
 */
public record SavedQuery(UUID id, String owner, String title, @Nullable String description, String sql,
        @Nullable String builder, Instant createdAt, Instant modifiedAt, @Nullable Instant lastRunAt,
        @Nullable Long lastRunRows, boolean lastRunTruncated) {
}
