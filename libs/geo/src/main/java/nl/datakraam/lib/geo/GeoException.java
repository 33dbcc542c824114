// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The input cannot be read as geodata: malformed or truncated JSON, a FeatureCollection without features, a CRS this
 * library does not know, a GeoPackage without feature tables, an undecodable geometry. The message is English, says
 * what was found and what to do, and never quotes attribute values.
 *
 * <p>Codes are stable kebab-case keys, grouped by prefix: {@code json.*}, {@code geojson.*}, {@code gpkg.*},
 * {@code crs.*}, {@code csv.*} and {@code geoparquet.*}. Each throwing method documents the codes it uses.
 */
public final class GeoException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;
    private final long position;

    /**
     * @param code     a stable kebab-case key, e.g. {@code geojson.no-features}, {@code crs.unsupported}
     * @param position the 1-based position of the feature (or CSV row) concerned, or 0 for the whole source
     * @param message  English, saying what was found and what to do
     */
    public GeoException(String code, long position, String message) {
        super(message);
        this.code = code;
        this.position = position;
    }

    /** As {@link #GeoException(String, long, String)}, keeping the low-level cause for the log. */
    public GeoException(String code, long position, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.position = position;
    }

    /** The stable key of this fault. */
    public String code() {
        return code;
    }

    /** The 1-based position of the feature (or CSV row) concerned, or 0 for the whole source. */
    public long position() {
        return position;
    }
}
