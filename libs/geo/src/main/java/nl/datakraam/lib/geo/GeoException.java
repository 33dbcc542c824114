// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.Serial;
import java.util.HashMap;
import java.util.Map;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageCode;
import org.jspecify.annotations.Nullable;

/**
 * The input cannot be read as geodata: malformed or truncated JSON, a FeatureCollection without features, a CRS this
 * library does not know, a GeoPackage without feature tables, an undecodable geometry. It carries a stable code (one
 * of {@link GeoCode}), the position and the facts its message needs, so that the platform can say it in the reader's
 * language; {@link #getMessage()} is the English, which says what was found and what to do and never quotes
 * attribute values.
 *
 * <p>Codes are grouped by prefix: {@code json.*}, {@code geojson.*}, {@code gpkg.*}, {@code crs.*} and
 * {@code csv.*}. Each throwing method documents the codes it uses.
 */
public final class GeoException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 2L;

    private final GeoCode code;
    private final long position;
    private final Map<String, Object> arguments;

    /**
     * @param position  the 1-based position of the feature (or CSV row) concerned, or 0 for the whole source
     * @param arguments the facts the code's template uses besides {@code position} (see {@link GeoCode})
     */
    public GeoException(GeoCode code, long position, Map<String, ?> arguments) {
        this(code, position, arguments, null);
    }

    /** As {@link #GeoException(GeoCode, long, Map)}, keeping the low-level cause for the log. */
    public GeoException(GeoCode code, long position, Map<String, ?> arguments, @Nullable Throwable cause) {
        super(code.english(withPosition(arguments, position)), cause);
        this.code = code;
        this.position = position;
        this.arguments = withPosition(arguments, position);
    }

    private static Map<String, Object> withPosition(Map<String, ?> arguments, long position) {
        Map<String, Object> all = new HashMap<>(arguments);
        all.put("position", position);
        return Message.sorted(all);
    }

    /** The stable key of this fault, e.g. {@code crs.undeclared}. */
    public String code() {
        return code.key();
    }

    /** The code of this fault, for rendering it in another language. */
    public GeoCode messageCode() {
        return code;
    }

    /** Whether this fault has the code {@code code}. */
    public boolean is(MessageCode code) {
        return this.code.key().equals(code.key());
    }

    /** The 1-based position of the feature (or CSV row) concerned, or 0 for the whole source. */
    public long position() {
        return position;
    }

    /** The facts the code's template uses, {@code position} among them; sorted, unmodifiable. */
    public Map<String, Object> arguments() {
        return arguments;
    }
}
