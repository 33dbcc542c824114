// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchCodeMacrosTest {

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(nullValues = "NULL", value = {
            "gemeentecode, 'GM0014', GM0014",
            "gemeentecode, 'gm14', GM0014",
            "gemeentecode, '0014', GM0014",
            "gemeentecode, '14', GM0014",
            "gemeentecode, ' 14 ', GM0014",
            "gemeentecode, '2022GM0014', GM0014",
            "gemeentecode, 'GM1966', GM1966",
            "gemeentecode, 'GM00014', NULL",
            "gemeentecode, 'Groningen', NULL",
            "gemeentecode, '', NULL",
            "gemeentecode, 'WK001401', NULL",
            "wijkcode, 'WK001401', WK001401",
            "wijkcode, '1401', WK001401",
            "wijkcode, '2022WK001401', WK001401",
            "buurtcode, 'BU00140100', BU00140100",
            "buurtcode, '140100', BU00140100",
            "buurtcode, '00140100', BU00140100",
            "buurtcode, 'BU001401000', NULL",
            "provinciecode, 'PV20', PV20",
            "provinciecode, 'pv20', PV20",
            "provinciecode, '20', PV20",
            "provinciecode, 'PV200', NULL",
            "pc4, '9711 AB', 9711",
            "pc4, '9711ab', 9711",
            "pc4, '9711', 9711",
            "pc4, '0711 AB', NULL",
            "pc4, '97111', NULL",
    })
    void answersTheOneCbsFormOrNull(String function, String input, String expected) throws SQLException {
        assertThat(call(function, input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "gemeentecode of the number {0}")
    @CsvSource({"14, GM0014", "1966, GM1966"})
    void takesNumbers(int input, String expected) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            DutchCodeMacros.create(connection);
            try (PreparedStatement statement = connection.prepareStatement("SELECT gemeentecode(?::INTEGER)")) {
                statement.setInt(1, input);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo(expected);
                }
            }
        }
    }

    private static String call(String function, String input) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            DutchCodeMacros.create(connection);
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + function + "(?::VARCHAR)")) {
                statement.setString(1, input);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }
    }
}
