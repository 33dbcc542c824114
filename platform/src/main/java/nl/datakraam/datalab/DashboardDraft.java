// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to make or change a dashboard ({@code POST /v1/dashboards}, {@code PUT /v1/dashboards/{id}},
 * the form).
 *
 * @param accessLevel {@code openbaar}, {@code intern} or {@code vertrouwelijk}; null for {@code intern}
 * @param items       the items in order
 */
public record DashboardDraft(@Nullable String title, @Nullable String description, @Nullable String accessLevel,
        @Nullable List<Item> items) {

    /**
     * One item: {@code kind} {@code chart} (with {@code chartId}), {@code map} ({@code mapId}), {@code figure}
     * ({@code label}, {@code unit}, and {@code builder} or {@code sql}) or {@code text} ({@code text}, optional
     * {@code label} as heading); {@code width} 1 to 3, null for 1.
     */
    public record Item(@Nullable String kind, @Nullable Integer width, @Nullable UUID chartId, @Nullable UUID mapId,
            @Nullable String label, @Nullable String unit, @Nullable String text, @Nullable BuilderQuery builder,
            @Nullable String sql) {
    }
}
