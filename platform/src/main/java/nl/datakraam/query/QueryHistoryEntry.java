// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One query of a caller's history ({@code GET /v1/query/history}).
 *
 * @param startedAt  when it started (UTC)
 * @param durationMs how long it ran, in milliseconds
 * @param rows       rows of the first page answered; null when it failed
 * @param succeeded  whether it answered
 * @param errorCode  the problem's {@code messageCode} when it failed ({@code query.failed}, {@code query.cancelled}
 *                   …); null when it succeeded
 */
public record QueryHistoryEntry(UUID id, String sql, Instant startedAt, long durationMs, @Nullable Long rows,
        boolean succeeded, @Nullable String errorCode) {
}
