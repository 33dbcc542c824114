// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * SQL functions for the Dutch region and postcode codes that do not join by themselves (issue 7, "datasets in
 * combination"): CBS publishes {@code GM0014}, RIVM and many municipal files {@code 0014} or {@code 14}, some
 * CBS/PDOK tables prefix the year ({@code 2022GM0014}), TOOI writes {@code gm0014}. Each function answers the one CBS
 * form, or {@code NULL} when the value is not such a code, so that {@code ON gemeentecode(a.x) = gemeentecode(b.y)}
 * joins them all:
 *
 * <ul>
 *   <li>{@code gemeentecode(x)} → {@code GM} + 4 digits: {@code GM0014}, {@code gm14}, {@code 0014}, {@code 14}
 *       (also the number 14), {@code 2022GM0014} → {@code GM0014};</li>
 *   <li>{@code wijkcode(x)} → {@code WK} + 6 digits (gemeente 4, wijk 2): {@code WK001401}, {@code 1401},
 *       {@code 2022WK001401} → {@code WK001401};</li>
 *   <li>{@code buurtcode(x)} → {@code BU} + 8 digits (gemeente 4, wijk 2, buurt 2): {@code BU00140100},
 *       {@code 140100} → {@code BU00140100};</li>
 *   <li>{@code provinciecode(x)} → {@code PV} + 2 digits: {@code PV20}, {@code pv20} (TOOI), {@code 20} →
 *       {@code PV20};</li>
 *   <li>{@code pc4(x)} → the 4 digits of a postcode: {@code 9711 AB}, {@code 9711AB}, {@code 9711} → {@code 9711}.</li>
 * </ul>
 *
 * Spaces around the value and letter case do not matter. Codes per CBS, "Gebiedsindelingen" (gemeente, wijk and
 * buurt codes); postcodes per PostNL's PC6 form ({@code 9999 XX}). The functions are DuckDB macros created in every
 * sandbox database before its configuration is locked; users cannot create or change them (only a SELECT is accepted).
 */
public final class DutchCodeMacros {

    /** The names callable in SQL, in the order defined. */
    public static final List<String> NAMES = List.of("gemeentecode", "wijkcode", "buurtcode", "provinciecode", "pc4");

    private static final List<String> DEFINITIONS = List.of(
            region("gemeentecode", "GM", 4),
            region("wijkcode", "WK", 6),
            region("buurtcode", "BU", 8),
            region("provinciecode", "PV", 2),
            "CREATE MACRO pc4(x) AS nullif(regexp_extract(upper(trim(CAST(x AS VARCHAR))),"
                    + " '^([1-9][0-9]{3}) ?(?:[A-Z]{2})?$', 1), '')");

    private DutchCodeMacros() {
    }

    /**
     * A region code macro: an optional year-and-prefix or prefix, then up to {@code digits} digits, padded with zeros
     * to {@code digits}; {@code NULL} for anything else.
     */
    private static String region(String name, String prefix, int digits) {
        return "CREATE MACRO " + name + "(x) AS CASE WHEN regexp_full_match(upper(trim(CAST(x AS VARCHAR))),"
                + " '(?:(?:19|20)[0-9]{2}" + prefix + "|" + prefix + ")?[0-9]{1," + digits + "}')"
                + " THEN '" + prefix + "' || lpad(regexp_extract(upper(trim(CAST(x AS VARCHAR))), '[0-9]{1,"
                + digits + "}$'), " + digits + ", '0') END";
    }

    /**
     * Creates the functions in this connection's database.
     *
     * @throws SQLException when DuckDB refuses a definition (only if the configuration is already locked)
     */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : DEFINITIONS) {
                statement.execute(definition);
            }
        }
    }
}
