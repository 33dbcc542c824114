// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import java.util.Map;
import nl.datakraam.lib.messages.MessageCode;

/**
 * What is wrong with a request's parameter ({@link ErrorCode#INVALID_PARAMETER}): missing, not one of the allowed
 * values, out of range, too long, of the wrong form. {@code parameter} names the query parameter, form field or
 * JSON member. The English template is the default; the interface renders {@code issue.<key>} of the bundles.
 */
public enum RequestCode implements MessageCode {

    /** Arguments: {@code parameter}. */
    MISSING("request.parameter-missing", "{parameter} is required{parameter,select,url{: the http or https address of"
            + " the file to fetch}other{}}."),

    /** Arguments: {@code parameter}, {@code allowed} (the values it may take). */
    CHOICE("request.parameter-choice", "{parameter} must be one of: {allowed}."),

    /** Arguments: {@code parameter}, {@code min}, {@code max}. */
    RANGE("request.parameter-range", "{parameter} must be {min} to {max}."),

    /** Arguments: {@code parameter}, {@code min}. */
    MINIMUM("request.parameter-minimum", "{parameter} must be {min} or more."),

    /** Arguments: {@code parameter}, {@code minLength}, {@code maxLength}, {@code length}. */
    LENGTH("request.parameter-length", "{parameter} must have {minLength} to {maxLength} characters; it has"
            + " {length}."),

    /**
     * Arguments: {@code parameter}, {@code expected} ({@code uuid}, {@code integer}, {@code number}, {@code boolean},
     * {@code datetime}, {@code other}).
     */
    FORM("request.parameter-form", "{parameter} has the wrong form{expected,select,uuid{; expected a UUID}integer{;"
            + " expected a whole number}number{; expected a number}boolean{; expected true or false}"
            + "datetime{; expected a date (2026-01-31) or a UTC time (2026-01-31T12:00:00Z)}"
            + "other{}}."),

    /** Arguments: {@code parameter}, {@code editable} (the members that may be set). */
    NOT_EDITABLE("request.member-not-editable", "{parameter} cannot be set this way. Editable: {editable}."),

    /** Arguments: {@code parameter}, {@code allowed} (the EPSG codes). */
    CRS("request.crs-not-supported", "{parameter} must be the EPSG code of RD New (28992), WGS 84 (4326) or ETRS89"
            + " (4258); reproject data in another CRS first."),

    /** Arguments: {@code parameter}, {@code allowed} (the parameters this request takes). */
    UNKNOWN("request.parameter-unknown", "{parameter} is not a parameter of this request; it takes: {allowed}."),

    /** Arguments: {@code parameter} ({@code bbox}). OGC API – Features Part 1 §7.15.3. */
    BBOX("request.bbox-invalid", "{parameter} must be four numbers (or six, with heights) separated by commas: the"
            + " lower left corner, then the upper right corner, in the axis order of bbox-crs (CRS84: west,south,"
            + "east,north); the lower edge may not lie above the upper edge, and degrees must lie within ±180 and ±90."),

    /** Arguments: {@code parameter} ({@code datetime}). OGC API – Features Part 1 §7.15.4. */
    DATETIME("request.datetime-invalid", "{parameter} must be an RFC 3339 date-time (2018-02-12T23:20:50Z), a date"
            + " (2018-02-12) or an interval of two of them separated by a slash, with .. for an open end"
            + " (2018-02-12T00:00:00Z/..); the start may not lie after the end."),

    /** Arguments: {@code parameter}, {@code allowed} (the codes), {@code namespace} (of the IRIs). */
    FREQUENCY("request.frequency-unknown", "{parameter} must be a concept of the EU frequency list, by IRI"
            + " ({namespace}MONTHLY) or code; allowed codes: {allowed}."),

    /** Arguments: {@code parameter}. */
    THEME("request.theme-unknown", "{parameter} must be a theme of the EU Data Theme list or the"
            + " TaxonomieBeleidsagenda, by IRI or code (GET /v1/vocabularies).");

    /**
     * Checks the paging parameters of a list.
     *
     * @param maxLimit the largest page
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER}: {@link #RANGE} for {@code limit} outside 1 to
     *     {@code maxLimit}, {@link #MINIMUM} for a negative {@code offset}
     */
    public static void checkPage(int limit, long offset, int maxLimit) {
        if (limit < 1 || limit > maxLimit) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RANGE, Map.of("parameter", "limit", "min", 1,
                    "max", maxLimit));
        }
        if (offset < 0) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, MINIMUM, Map.of("parameter", "offset", "min", 0));
        }
    }

    private final String key;
    private final String englishTemplate;

    RequestCode(String key, String englishTemplate) {
        this.key = key;
        this.englishTemplate = englishTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return englishTemplate;
    }
}
