// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;

/**
 * Reads and checks the query parameters of the OGC API (OGC API – Features Part 1 §7.15, Part 2 §6): every fault is
 * a 400 {@link ErrorCode#INVALID_PARAMETER} whose message names the parameter and what it takes, so that unknown and
 * invalid parameters never pass silently.
 */
final class OgcParameters {

    /** Parameters every resource takes: the format and the interface language. */
    static final Set<String> COMMON = Set.of("f", "lang");

    private final HttpServletRequest request;

    OgcParameters(HttpServletRequest request) {
        this.request = request;
    }

    /**
     * Refuses any parameter that is not {@link #COMMON}, in {@code allowed}, or a name {@code fields} accepts.
     *
     * @throws PlatformException {@link RequestCode#UNKNOWN}, naming the parameters the resource takes
     */
    void requireKnown(Set<String> allowed, Set<String> fields) {
        for (String name : request.getParameterMap().keySet()) {
            if (!COMMON.contains(name) && !allowed.contains(name) && !fields.contains(name)) {
                Set<String> all = new TreeSet<>(COMMON);
                all.addAll(allowed);
                all.addAll(fields);
                throw invalid(RequestCode.UNKNOWN, Map.of("parameter", name, "allowed", List.copyOf(all)));
            }
        }
    }

    /** A parameter's value, or null when absent. */
    @Nullable String value(String name) {
        return request.getParameter(name);
    }

    /**
     * Whether to answer in HTML: {@code f=html}, or without {@code f} an {@code Accept} header that prefers
     * {@code text/html} to JSON (browsers). Anything else is JSON.
     *
     * @throws PlatformException {@link RequestCode#CHOICE} for an {@code f} other than {@code json} or {@code html}
     */
    boolean html() {
        String f = value("f");
        if (f != null) {
            String wanted = f.strip().toLowerCase(Locale.ROOT);
            if (!List.of("json", "html").contains(wanted)) {
                throw invalid(RequestCode.CHOICE, Map.of("parameter", "f", "allowed", List.of("json", "html")));
            }
            return wanted.equals("html");
        }
        try {
            List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(request.getHeader("Accept")));
            accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            for (MediaType type : accepted) {
                if (type.isWildcardType() || type.getSubtype().endsWith("json")) {
                    return false;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("html")) {
                    return true;
                }
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** As {@link #html()}, but false rather than a fault for an {@code f} it does not know: for error answers. */
    boolean wantsHtml() {
        try {
            return html();
        } catch (PlatformException e) {
            return false;
        }
    }

    /**
     * {@code limit}: 1 to {@code max}, {@code fallback} when absent (Part 1 §7.15.2; outside the range a 400, as the
     * OpenAPI building block's minimum and maximum say).
     */
    int limit(int fallback, int max) {
        String text = value("limit");
        if (text == null) {
            return fallback;
        }
        long limit = whole("limit", text);
        if (limit < 1 || limit > max) {
            throw invalid(RequestCode.RANGE, Map.of("parameter", "limit", "min", 1, "max", max));
        }
        return (int) limit;
    }

    /** {@code offset}: where a page starts, 0 or more; 0 when absent. */
    long offset() {
        String text = value("offset");
        if (text == null) {
            return 0;
        }
        long offset = whole("offset", text);
        if (offset < 0) {
            throw invalid(RequestCode.MINIMUM, Map.of("parameter", "offset", "min", 0));
        }
        return offset;
    }

    /** {@code crs} or {@code bbox-crs}: CRS84 when absent. */
    OgcCrs crs(String name) {
        String text = value(name);
        return text == null ? OgcCrs.CRS84 : OgcCrs.of(name, text);
    }

    /**
     * {@code bbox} in {@code crs}, as envelopes with x east and y north (longitude, latitude in degrees): one, or two
     * for a geographic box across the antimeridian (west edge east of the east edge). Heights (six numbers) are
     * accepted and not used. Empty when absent.
     *
     * @throws PlatformException {@link RequestCode#BBOX} for anything but four or six finite numbers, a lower edge
     *     above the upper one, a projected box whose west edge lies east of its east edge, or degrees out of range
     */
    List<Envelope> bbox(OgcCrs crs) {
        String text = value("bbox");
        if (text == null) {
            return List.of();
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw badBbox();
        }
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw badBbox();
            }
            if (!Double.isFinite(numbers[i])) {
                throw badBbox();
            }
        }
        int half = parts.length / 2;
        double a1 = numbers[0];
        double a2 = numbers[1];
        double b1 = numbers[half];
        double b2 = numbers[half + 1];
        double west = crs.latitudeFirst() ? a2 : a1;
        double south = crs.latitudeFirst() ? a1 : a2;
        double east = crs.latitudeFirst() ? b2 : b1;
        double north = crs.latitudeFirst() ? b1 : b2;
        if (south > north) {
            throw badBbox();
        }
        if (!crs.geographic()) {
            if (west > east) {
                throw badBbox();
            }
            return List.of(new Envelope(west, east, south, north));
        }
        for (double longitude : new double[] {west, east}) {
            if (Math.abs(longitude) > 180) {
                throw badBbox();
            }
        }
        for (double latitude : new double[] {south, north}) {
            if (Math.abs(latitude) > 90) {
                throw badBbox();
            }
        }
        if (west > east) {
            return List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north));
        }
        return List.of(new Envelope(west, east, south, north));
    }

    /**
     * {@code datetime} (Part 1 §7.15.4): an instant, or an interval {@code start/end} with {@code ..} (or nothing) for
     * an open end, as ISO 8601 local date-times in UTC ({@code 2018-02-12T00:00}); a date alone means its whole day.
     * Null when absent.
     *
     * @throws PlatformException {@link RequestCode#DATETIME} for another form or a start after the end
     */
    @Nullable Interval datetime() {
        String text = value("datetime");
        if (text == null) {
            return null;
        }
        String[] ends = text.strip().split("/", -1);
        if (ends.length > 2) {
            throw badDatetime();
        }
        LocalDateTime start;
        LocalDateTime end;
        if (ends.length == 1) {
            if (open(ends[0])) {
                throw badDatetime();
            }
            start = moment(ends[0], false);
            end = moment(ends[0], true);
        } else {
            start = open(ends[0]) ? null : moment(ends[0], false);
            end = open(ends[1]) ? null : moment(ends[1], true);
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw badDatetime();
        }
        return new Interval(start == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(start),
                end == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(end));
    }

    /**
     * A closed interval of UTC date-times ({@code 2018-02-12T00:00:00}); an open end is null.
     */
    record Interval(@Nullable String start, @Nullable String end) {
    }

    private static boolean open(String end) {
        return end.isBlank() || end.strip().equals("..");
    }

    /** A date-time in UTC; a date is its first moment, or with {@code last} its last. */
    private static LocalDateTime moment(String text, boolean last) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return last ? date.atTime(23, 59, 59, 999_999_999) : date.atStartOfDay();
            }
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw badDatetime();
        }
    }

    /**
     * The value of a property filter ({@code ?<field>=<value>}, Part 1 §7.15.5) typed as its field: a whole number
     * for {@code integer}, a number for {@code number}, {@code true}/{@code false} for {@code boolean}, the text as
     * given otherwise.
     *
     * @throws PlatformException {@link RequestCode#FORM} for a value that does not fit the field's type
     */
    static Object typed(String field, String type, String value) {
        try {
            return switch (type) {
                case "integer" -> Long.parseLong(value.strip());
                case "number" -> Double.parseDouble(value.strip());
                case "boolean" -> switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw invalid(RequestCode.FORM, Map.of("parameter", field, "expected", "boolean"));
                };
                default -> value;
            };
        } catch (NumberFormatException e) {
            throw invalid(RequestCode.FORM, Map.of("parameter", field, "expected",
                    type.equals("integer") ? "integer" : "number"));
        }
    }

    private static long whole(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(RequestCode.FORM, Map.of("parameter", name, "expected", "integer"));
        }
    }

    private static PlatformException badBbox() {
        return invalid(RequestCode.BBOX, Map.of("parameter", "bbox"));
    }

    private static PlatformException badDatetime() {
        return invalid(RequestCode.DATETIME, Map.of("parameter", "datetime"));
    }

    private static PlatformException invalid(RequestCode code, Map<String, Object> arguments) {
        return new PlatformException(ErrorCode.INVALID_PARAMETER, code, arguments);
    }
}
