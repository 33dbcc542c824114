// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import java.util.Map;

/**
 * A plan that cannot apply to a file: an unknown field, a field named twice, an operation on a field of the wrong
 * type, quasi-identifiers that are not output fields, a k or band or grid size out of range. Carries a stable
 * {@link #code()} and facts ({@link #arguments()}: field names, types, limits; never values) for the caller to say in
 * its own language; the message is English.
 */
public final class AnonymisationException extends IllegalArgumentException {

    private final String code;
    private final Map<String, Object> arguments;

    /**
     * @param code      one of {@code field-unknown}, {@code field-twice}, {@code field-type}, {@code qi-unknown},
     *                  {@code k-range}, {@code age-bands}, {@code grid-size}, {@code grid-crs}, {@code geometry-remains}, {@code key}
     * @param arguments facts the message names
     */
    public AnonymisationException(String code, Map<String, Object> arguments, String message) {
        super(message);
        this.code = code;
        this.arguments = Map.copyOf(arguments);
    }

    /** The stable code, e.g. {@code field-unknown}. */
    public String code() {
        return code;
    }

    /** The facts: {@code field}, {@code type}, {@code expected}, {@code min}, {@code max}… */
    public Map<String, Object> arguments() {
        return arguments;
    }
}
