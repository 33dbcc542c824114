// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;

/** The kinds of chart; {@link #code()} is the wire form. {@code table} shows only the data table. */
public enum ChartType {
    BAR, LINE, AREA, PIE, SCATTER, TABLE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} ({@code type}, the codes) for another value
     */
    public static ChartType parameter(String code) {
        for (ChartType type : values()) {
            if (type.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return type;
            }
        }
        throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE, Map.of("parameter", "type",
                "allowed", Arrays.stream(values()).map(ChartType::code).toList()));
    }
}
