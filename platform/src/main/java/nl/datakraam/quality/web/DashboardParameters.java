// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.util.Map;
import nl.datakraam.quality.Dashboard;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/** The dashboard's query parameters {@code sort} and {@code order}, checked the same way for the API and the page. */
final class DashboardParameters {

    private DashboardParameters() {
    }

    /**
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for an unknown key; the details list the allowed
     *     ones
     */
    static Dashboard.Sort sort(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return Dashboard.Sort.TITLE;
        }
        return Dashboard.Sort.of(key).orElseThrow(() -> new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                Map.of("parameter", "sort", "allowed", java.util.Arrays.stream(Dashboard.Sort.values())
                        .map(Dashboard.Sort::key).toList())));
    }

    /**
     * Whether {@code order} asks for high to low.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for anything but {@code asc} or {@code desc}
     */
    static boolean descending(@Nullable String order) {
        if (order == null || order.isBlank() || order.equals("asc")) {
            return false;
        }
        if (order.equals("desc")) {
            return true;
        }
        throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                Map.of("parameter", "order", "allowed", java.util.List.of("asc", "desc")));
    }
}
