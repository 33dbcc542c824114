// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How often a source is fetched again: never by itself, or a day, a week or a calendar month (UTC) after the last. */
public enum FetchSchedule {
    NONE("none"),
    DAILY("daily"),
    WEEKLY("weekly"),
    MONTHLY("monthly");

    private final String code;

    FetchSchedule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but the four codes */
    public static FetchSchedule fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(schedule -> schedule.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown schedule: " + code));
    }

    /**
     * When a source last fetched at {@code lastFetchedAt} should be fetched next; null for {@link #NONE}, and
     * {@code lastFetchedAt} itself when it was never fetched.
     */
    public @Nullable Instant nextAfter(@Nullable Instant lastFetchedAt) {
        if (this == NONE) {
            return null;
        }
        if (lastFetchedAt == null) {
            return Instant.EPOCH;
        }
        var last = lastFetchedAt.atOffset(ZoneOffset.UTC);
        return switch (this) {
            case DAILY -> last.plusDays(1).toInstant();
            case WEEKLY -> last.plusWeeks(1).toInstant();
            case MONTHLY -> last.plusMonths(1).toInstant();
            case NONE -> throw new AssertionError();
        };
    }
}
