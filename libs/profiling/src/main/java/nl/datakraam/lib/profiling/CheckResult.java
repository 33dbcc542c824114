// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.util.List;

/**
 * The result of one check on one field (or a pair of fields, or the whole row). Plain data, safe to write as JSON and
 * read back. Never holds a value of the data except where the value is not personal: the sentinel values found.
 *
 * <p>Checks and what they test (see the package description for when each applies):
 * <table>
 *   <caption>Checks</caption>
 *   <tr><th>check</th><th>fails or finds when</th><th>outcome</th></tr>
 *   <tr><td>{@code postcode}</td><td>a value is not a postcode {@code 1234 AB} / {@code 1234AB}
 *       ({@code ^[1-9][0-9]{3} ?[A-Z]{2}$})</td><td>failed</td></tr>
 *   <tr><td>{@code pc4}</td><td>a value is not a four-digit postcode ({@code ^[1-9][0-9]{3}$})</td><td>failed</td></tr>
 *   <tr><td>{@code gemeentecode}</td><td>a value is not {@code GM} + 4 digits or 4 digits (or an integer below
 *       10,000), or not a municipality in RvIG Tabel 33 (current and historical) or the newer TOOI list</td>
 *       <td>failed</td></tr>
 *   <tr><td>{@code provinciecode}</td><td>a value is not {@code PV} + 2 digits of one of the twelve provinces
 *       (TOOI list)</td><td>failed</td></tr>
 *   <tr><td>{@code wijkcode}, {@code buurtcode}</td><td>a value is not CBS's {@code WK} + 6 digits, or
 *       {@code BU} + 8 digits</td><td>failed</td></tr>
 *   <tr><td>{@code bsn}</td><td>a value is not 9 digits passing the 11-proef (an integer field may have lost its
 *       leading zeros)</td><td>failed</td></tr>
 *   <tr><td>{@code iban}</td><td>a value (spaces removed, letters uppercased) is not an IBAN with a valid mod-97
 *       check</td><td>failed</td></tr>
 *   <tr><td>{@code coordinates}</td><td>a row's x/y or longitude/latitude lies outside the Netherlands: RD New x 0 to
 *       300,000 and y 289,000 to 629,000 m, or longitude 3 to 7.5 and latitude 50.5 to 53.8 degrees</td>
 *       <td>failed</td></tr>
 *   <tr><td>{@code geometry-valid}</td><td>a geometry is not valid by JTS's {@code IsValidOp} (OGC Simple
 *       Features: self-intersections, unclosed rings, too few points, …) or cannot be read as WKB or WKT; taken from
 *       {@link FieldProfile.GeometrySummary}, which gives the first reason</td><td>failed</td></tr>
 *   <tr><td>{@code key-unique}</td><td>a value of a key-named field occurs more than once; {@code count} is the
 *       occurrences after the first</td><td>finding</td></tr>
 *   <tr><td>{@code sentinel}</td><td>a number is a missing-value marker such as CBS's {@code -99999999}</td>
 *       <td>finding</td></tr>
 *   <tr><td>{@code duplicate-rows}</td><td>a row repeats an earlier row in every field; {@code count} is the
 *       repeats</td><td>finding</td></tr>
 *   <tr><td>{@code empty-field}</td><td>a field has no value in any row</td><td>finding</td></tr>
 * </table>
 *
 * @param check       the check's stable key, from the table above
 * @param fields      the field tested; two for {@code coordinates} (x then y); none for {@code duplicate-rows}
 * @param outcome     {@link #PASSED}, {@link #FAILED} (values break a rule the field claims) or {@link #FINDING}
 *                    (worth a look, may be intended)
 * @param checked     values (or rows) tested: non-null values, or rows with both coordinates, or all rows
 * @param count       values or rows that failed or were found
 * @param exampleRows up to five of those rows, by 1-based position in the data, ascending
 * @param values      for {@code sentinel}: the markers found; empty otherwise
 */
public record CheckResult(String check, List<String> fields, String outcome, long checked, long count,
        List<Long> exampleRows, List<String> values) {

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String FINDING = "finding";

    public CheckResult {
        fields = List.copyOf(fields);
        exampleRows = List.copyOf(exampleRows);
        values = List.copyOf(values);
    }

    /**
     * Whether the check with this key is a rule the values must follow (its outcome can be {@link #FAILED}), rather
     * than a check that reports findings.
     *
     * @throws IllegalArgumentException for a key not in the table above
     */
    public static boolean isRule(String check) {
        return Check.of(check).isRule();
    }
}
