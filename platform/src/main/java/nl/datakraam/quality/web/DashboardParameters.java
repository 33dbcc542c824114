// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.util.Map;
import nl.datakraam.quality.Dashboard;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's query parameters {@code sort}, {@code order}, {@code limit} and {@code offset}, checked the same
 * way for the API and the page.
 */
final class DashboardParameters {

    /** The most rows one page of the dashboard may ask for (as {@code GET /v1/datasets}). */
    static final int MAX_LIMIT = 1000;

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

    /**
     * The page size asked for, or {@code byDefault} when absent.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for a limit outside 1 to {@value #MAX_LIMIT}
     */
    static int limit(@Nullable Integer limit, int byDefault) {
        if (limit == null) {
            return byDefault;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, "limit must be 1 to " + MAX_LIMIT + ".",
                    Map.of("parameter", "limit"));
        }
        return limit;
    }

    /**
     * The rows to skip, 0 when absent.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for a negative offset
     */
    static int offset(@Nullable Integer offset) {
        if (offset == null) {
            return 0;
        }
        if (offset < 0) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, "offset must be 0 or more.",
                    Map.of("parameter", "offset"));
        }
        return offset;
    }
}
