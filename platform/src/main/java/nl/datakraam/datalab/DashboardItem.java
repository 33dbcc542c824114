// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/**
 * One item of a dashboard's grid, in its position.
 *
 * @param width   columns of the grid's three it spans, 1 to 3
 * @param chartId the chart of a {@link Kind#CHART} item
 * @param mapId   the map of a {@link Kind#MAP} item (the maps of {@code /datalab/kaarten})
 * @param label   the name of a key figure (or an optional heading of a text)
 * @param unit    the unit of a key figure, e.g. {@code inwoners} or {@code %}; may be null
 * @param text    the text of a {@link Kind#TEXT} item: plain text with limited Markdown (paragraphs, {@code -} lists,
 *                {@code **bold**}, {@code *emphasis*}, {@code [link](https://…)}), never HTML
 * @param builder the builder question of a key figure, or null
 * @param sql     the SQL of a key figure (its first row's first column is the figure)
 * @param reads   the SQL names of the datasets a key figure read when saved
 */
public record DashboardItem(Kind kind, int width, @Nullable UUID chartId, @Nullable UUID mapId,
        @Nullable String label, @Nullable String unit, @Nullable String text, @Nullable BuilderQuery builder,
        @Nullable String sql, List<String> reads) {

    public DashboardItem {
        reads = List.copyOf(reads);
    }

    /** The kinds of item; {@link #code()} is the wire form. */
    public enum Kind {
        CHART, MAP, FIGURE, TEXT;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} ({@code kind}, the codes) for another value
         */
        public static Kind parameter(@Nullable String code) {
            for (Kind kind : values()) {
                if (code != null && kind.code().equalsIgnoreCase(code.strip())) {
                    return kind;
                }
            }
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter", "kind",
                    "allowed", Arrays.stream(values()).map(Kind::code).toList()));
        }
    }
}
