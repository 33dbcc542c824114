// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.privacy.anonymise.AnonymisationPlan.Suppression;
import nl.datakraam.privacy.anonymise.FieldOperation.AgeBand;
import nl.datakraam.privacy.anonymise.FieldOperation.DatePrecision;
import nl.datakraam.privacy.anonymise.FieldOperation.Drop;
import nl.datakraam.privacy.anonymise.FieldOperation.GeneraliseDate;
import nl.datakraam.privacy.anonymise.FieldOperation.GridCell;
import nl.datakraam.privacy.anonymise.FieldOperation.PostcodeToPc4;
import nl.datakraam.privacy.anonymise.FieldOperation.Pseudonymise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymiserTest {

    private static final PseudonymKey KEY = PseudonymKey.of("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path directory;

    private final Anonymiser anonymiser = new Anonymiser(KEY, new Anonymiser.Settings(256, 1, null));

    @Test
    void dropsAFieldAndKeepsTheOthersInOrder() throws SQLException {
        Path source = parquet("SELECT * FROM (VALUES (1, 'Jan', 'a@b.nl'), (2, 'Piet', NULL)) t(id, naam, email)");

        Path target = directory.resolve("out.parquet");
        Preview done = anonymiser.apply(source, AnonymisationPlan.of(List.of(new Drop("naam"), new Drop("email"))),
                target);

        assertThat(done.columns()).containsExactly("id");
        assertThat(read(target)).containsExactly(List.of("1"), List.of("2"));
        assertThat(done.fields()).extracting(Preview.FieldLoss::distinctBefore, Preview.FieldLoss::distinctAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 0L), org.assertj.core.groups.Tuple.tuple(1L, 0L));
    }

    @Test
    void pseudonymisesWithHmacSha256OfDomainNulAndValue() throws SQLException {
        Path source = parquet("SELECT * FROM (VALUES ('Jan', 3), ('Piet', 4), ('Jan', 5), (NULL, 6)) t(naam, n)");

        Preview preview = anonymiser.preview(source, AnonymisationPlan.of(List.of(new Pseudonymise("naam", "d1"))),
                10);

        // RFC 2104 HMAC-SHA-256 of "d1\0Jan" under the key, computed independently with javax.crypto
        String jan = hmac("d1\0Jan");
        assertThat(jan).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(preview.sample()).containsExactly(List.of(jan, 3), List.of(hmac("d1\0Piet"), 4), List.of(jan, 5),
                Arrays.asList(null, 6));
        assertThat(KEY.pseudonym("d2", "Jan")).as("another domain, another pseudonym").isNotEqualTo(jan);
    }

    @Test
    void pseudonymisesManyDistinctValuesInBatches() throws SQLException {
        Path source = parquet("SELECT 'person ' || i AS naam, i FROM range(1234) t(i)");

        Preview preview = anonymiser.preview(source, AnonymisationPlan.of(List.of(new Pseudonymise("naam", ""))),
                1234);

        assertThat(preview.sample()).hasSize(1234);
        for (List<Object> row : preview.sample()) {
            assertThat(row.getFirst()).isEqualTo(KEY.pseudonym("", "person " + row.get(1)));
        }
    }

    @Test
    void generalisesDatesToMonthOrYear() throws SQLException {
        Path source = parquet("SELECT DATE '2024-03-17' AS d, TIMESTAMP '2023-12-31 23:59:59' AS t UNION ALL"
                + " SELECT NULL, NULL");

        Preview preview = anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new GeneraliseDate("d", DatePrecision.MONTH), new GeneraliseDate("t", DatePrecision.YEAR))), 10);

        assertThat(preview.sample()).containsExactly(List.of("2024-03", 2023), Arrays.asList(null, null));
    }

    @Test
    void bandsAgesByBoundsOrByWidth() throws SQLException {
        Path source = parquet("SELECT * FROM (VALUES (0, 0), (17, 17), (18, 18), (29, 29), (64.5, 64), (65, 65),"
                + " (101, 101), (NULL, NULL), (-1, -1)) t(a, b)");

        Preview preview = anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new AgeBand("a", List.of(0, 18, 30, 45, 65)), AgeBand.width("b", 10, 80))), 20);

        assertThat(preview.sample()).containsExactly(List.of("0-17", "0-9"), List.of("0-17", "10-19"),
                List.of("18-29", "10-19"), List.of("18-29", "20-29"), List.of("45-64", "60-69"),
                List.of("65+", "60-69"), List.of("65+", "80+"), Arrays.asList(null, null), Arrays.asList(null, null));
        assertThatThrownBy(() -> new AgeBand("a", List.of(0, 18, 18)))
                .isInstanceOf(AnonymisationException.class).hasMessageContaining("strictly increasing");
    }

    @Test
    void cutsPostcodesToTheirFourDigits() throws SQLException {
        Path source = parquet("SELECT * FROM (VALUES ('9711 AB'), ('9711ab'), (' 1234  XY '), ('9711'),"
                + " ('0123 AB'), ('Onbekend'), (NULL)) t(postcode)");

        Preview preview = anonymiser.preview(source, AnonymisationPlan.of(List.of(new PostcodeToPc4("postcode"))),
                10);

        assertThat(preview.sample()).containsExactly(List.of("9711"), List.of("9711"), List.of("1234"),
                List.of("9711"), Arrays.asList((Object) null), Arrays.asList((Object) null),
                Arrays.asList((Object) null));
    }

    @Test
    void movesRdCoordinatesToTheCentreOrCodeOfTheirCell() throws SQLException {
        Path source = parquet("SELECT * FROM (VALUES (233_870.2, 582_120.9, 1), (233_999.9, 582_000.0, 2),"
                + " (NULL, 582_000.0, 3)) t(x, y, n)");

        Preview centre = anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new GridCell("x", "y", 28992, 250, null))), 10);
        Preview code = anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new GridCell("x", "y", 28992, 250, "cel"))), 10);

        assertThat(centre.sample()).containsExactly(List.of(233_875.0, 582_125.0, 1),
                List.of(233_875.0, 582_125.0, 2), Arrays.asList(null, null, 3));
        assertThat(code.columns()).containsExactly("cel", "n");
        assertThat(code.sample()).containsExactly(List.of("CRS28992RES250mN582000E233750", 1),
                List.of("CRS28992RES250mN582000E233750", 2), Arrays.asList(null, 3));
    }

    @Test
    void projectsDegreesToRdNewBeforeChoosingTheCell() throws SQLException {
        // Groningen, Grote Markt: about RD (233 900, 582 100)
        Path source = parquet("SELECT 6.5681 AS lon, 53.2190 AS lat");

        Preview code = anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new GridCell("lon", "lat", 4326, 1000, "cel"))), 10);
        Preview centre = anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new GridCell("lon", "lat", 4326, 1000, null))), 10);

        assertThat(code.sample()).containsExactly(List.of("CRS28992RES1000mN582000E233000"));
        double lon = ((Number) centre.sample().getFirst().get(0)).doubleValue();
        double lat = ((Number) centre.sample().getFirst().get(1)).doubleValue();
        assertThat(lon).isNotEqualTo(6.5681).isBetween(6.56, 6.58);
        assertThat(lat).isNotEqualTo(53.2190).isBetween(53.21, 53.23);
    }

    /*
     * After PC4 and month, the quasi-identifiers (pc4, maand, categorie) give these classes:
     *   9711 2024-03 geluid  ×5   kept
     *   9711 2024-03 afval   ×2   suppressed
     *   9712 2024-04 geluid  ×1   suppressed
     */
    private Path reports() {
        return parquet("""
                SELECT * FROM (VALUES
                  ('9711 AA', DATE '2024-03-01', 'geluid', 'Jan'), ('9711 AB', DATE '2024-03-02', 'geluid', 'Piet'),
                  ('9711 AC', DATE '2024-03-03', 'geluid', 'Kees'), ('9711 AD', DATE '2024-03-04', 'geluid', 'Anna'),
                  ('9711 AE', DATE '2024-03-05', 'geluid', 'Els'), ('9711 AF', DATE '2024-03-06', 'afval', 'Bob'),
                  ('9711 AG', DATE '2024-03-07', 'afval', 'Eva'), ('9712 AA', DATE '2024-04-01', 'geluid', 'Tom'))
                  t(postcode, datum, categorie, naam)""");
    }

    private static AnonymisationPlan reportPlan(Suppression suppression) {
        return new AnonymisationPlan(List.of(new Drop("naam"), new PostcodeToPc4("postcode"),
                new GeneraliseDate("datum", DatePrecision.MONTH)), List.of("postcode", "datum", "categorie"), 5,
                suppression);
    }

    @Test
    void previewsKAnonymityBeforeApplying() throws SQLException {
        Preview preview = anonymiser.preview(reports(), reportPlan(Suppression.DROP_ROWS), 3);

        assertThat(preview.rows()).isEqualTo(8);
        assertThat(preview.classesBefore()).isEqualTo(3);
        assertThat(preview.kBefore()).isEqualTo(1);
        assertThat(preview.suppressedRows()).isEqualTo(3);
        assertThat(preview.suppressedShare()).isEqualTo(3 / 8.0);
        assertThat(preview.keptRows()).isEqualTo(5);
        assertThat(preview.classes()).isEqualTo(1);
        assertThat(preview.k()).isEqualTo(5);
        assertThat(preview.discernibility()).as("5² + 3 suppressed × 8").isEqualTo(25 + 24);
        assertThat(preview.averageClassSize()).isEqualTo(1.0);
        assertThat(preview.fields()).extracting(Preview.FieldLoss::operation, Preview.FieldLoss::distinctBefore,
                Preview.FieldLoss::distinctAfter).containsExactly(
                org.assertj.core.groups.Tuple.tuple("drop", 8L, 0L),
                org.assertj.core.groups.Tuple.tuple("postcode-pc4", 8L, 1L),
                org.assertj.core.groups.Tuple.tuple("date-month", 8L, 1L));
        assertThat(preview.sample()).containsExactly(List.of("9711", "2024-03", "geluid"),
                List.of("9711", "2024-03", "geluid"), List.of("9711", "2024-03", "geluid"));
    }

    @Test
    void appliedTableIsKAnonymousByAnIndependentCount() throws SQLException {
        Path target = directory.resolve("anon.parquet");
        anonymiser.apply(reports(), reportPlan(Suppression.DROP_ROWS), target);

        List<List<String>> rows = read(target);
        Map<List<String>, Integer> classes = new HashMap<>();
        rows.forEach(row -> classes.merge(row, 1, Integer::sum));
        assertThat(rows).hasSize(5);
        assertThat(classes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5));
    }

    @Test
    void blanksTheQuasiIdentifiersOfSmallClassesAndDropsTheBlankClassIfItIsStillSmall() throws SQLException {
        Preview blank = anonymiser.preview(reports(), new AnonymisationPlan(List.of(new Drop("naam"),
                new PostcodeToPc4("postcode"), new GeneraliseDate("datum", DatePrecision.MONTH)),
                List.of("postcode", "datum"), 2, Suppression.BLANK_QUASI_IDENTIFIERS), 10);

        // classes (9711, 2024-03) ×7 and (9712, 2024-04) ×1: the one record is blanked, alone, then dropped
        assertThat(blank.keptRows()).isEqualTo(7);
        assertThat(blank.blankedRows()).isZero();
        assertThat(blank.k()).isEqualTo(7);

        Preview kept = anonymiser.preview(reports(), new AnonymisationPlan(List.of(new Drop("naam"),
                new GeneraliseDate("datum", DatePrecision.MONTH)), List.of("postcode"), 2,
                Suppression.BLANK_QUASI_IDENTIFIERS), 10);
        // every postcode is unique: all 8 are blanked into one class of 8, which is kept
        assertThat(kept.keptRows()).isEqualTo(8);
        assertThat(kept.blankedRows()).isEqualTo(8);
        assertThat(kept.sample()).allSatisfy(row -> assertThat(row.getFirst()).isNull());
    }

    @Test
    void refusesAPlanThatDoesNotFitTheTable() {
        Path source = reports();

        assertThatThrownBy(() -> anonymiser.preview(source, AnonymisationPlan.of(List.of(new Drop("geen"))), 1))
                .isInstanceOfSatisfying(AnonymisationException.class, e -> assertThat(e.code())
                        .isEqualTo("field-unknown"));
        assertThatThrownBy(() -> anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new AgeBand("categorie", List.of(0)))), 1))
                .isInstanceOfSatisfying(AnonymisationException.class, e -> assertThat(e.arguments())
                        .containsEntry("field", "categorie").containsEntry("expected", "number"));
        assertThatThrownBy(() -> anonymiser.preview(source, AnonymisationPlan.of(List.of(new Drop("naam"),
                new Pseudonymise("naam", ""))), 1))
                .isInstanceOfSatisfying(AnonymisationException.class, e -> assertThat(e.code())
                        .isEqualTo("field-twice"));
        assertThatThrownBy(() -> anonymiser.preview(source, new AnonymisationPlan(List.of(new Drop("naam")),
                List.of("naam"), 5, Suppression.DROP_ROWS), 1))
                .isInstanceOfSatisfying(AnonymisationException.class, e -> assertThat(e.code())
                        .isEqualTo("qi-unknown"));
        assertThatThrownBy(() -> new AnonymisationPlan(List.of(), List.of("postcode"), 1, Suppression.DROP_ROWS))
                .isInstanceOfSatisfying(AnonymisationException.class, e -> assertThat(e.code())
                        .isEqualTo("k-range"));
    }

    @Test
    void refusesAGridCellWhileTheExactGeometryStays() throws SQLException {
        Path source = parquet("SELECT 233870.2 AS x, 582120.9 AS y, 'POINT (233870.2 582120.9)' AS geometry_wkt");

        assertThatThrownBy(() -> anonymiser.preview(source, AnonymisationPlan.of(List.of(
                new GridCell("x", "y", 28992, 250, null))), 1))
                .isInstanceOfSatisfying(AnonymisationException.class, e -> assertThat(e.arguments())
                        .containsEntry("field", "geometry_wkt"));
        assertThat(anonymiser.preview(source, AnonymisationPlan.of(List.of(new GridCell("x", "y", 28992, 250, null),
                new Drop("geometry_wkt"))), 1).sample()).containsExactly(List.of(233_875.0, 582_125.0));
    }

    @Test
    void quotesFieldNamesAndPaths() throws SQLException {
        Path source = parquet("SELECT 'x' AS \"na\"\"am; DROP\", 1 AS \"it's\"");

        Preview preview = anonymiser.preview(source, AnonymisationPlan.of(List.of(new Drop("na\"am; DROP"))), 1);

        assertThat(preview.columns()).containsExactly("it's");
    }

    @Test
    void suppressesSmallCellsOfAnAggregatedTableInLongForm() throws SQLException {
        // the table of SmallCellSuppressionTest, as a file of counts per (wijk, categorie), one count split in two
        Path source = parquet("""
                SELECT * FROM (VALUES ('r1', 'A', 12), ('r1', 'B', 3), ('r1', 'C', 20), ('r2', 'A', 15),
                  ('r2', 'B', 18), ('r2', 'C', 20), ('r2', 'C', 5), ('r3', 'A', 9), ('r3', 'B', 14), ('r3', 'C', 30))
                  t(wijk, categorie, aantal)""");
        Path target = directory.resolve("cells.parquet");

        SmallCellSuppression.Result result = anonymiser.suppressCells(source, "wijk", "categorie", "aantal", 5,
                target);

        assertThat(result.count(SmallCellSuppression.Status.PRIMARY)).isEqualTo(1);
        assertThat(result.count(SmallCellSuppression.Status.SECONDARY)).isEqualTo(3);
        assertThat(read(target)).containsExactly(
                Arrays.asList("r1", "A", null, "secondary"), Arrays.asList("r1", "B", null, "primary"),
                Arrays.asList("r1", "C", "20", null), Arrays.asList("r1", null, "35", null),
                Arrays.asList("r2", "A", "15", null), Arrays.asList("r2", "B", "18", null),
                Arrays.asList("r2", "C", "25", null), Arrays.asList("r2", null, "58", null),
                Arrays.asList("r3", "A", null, "secondary"), Arrays.asList("r3", "B", null, "secondary"),
                Arrays.asList("r3", "C", "30", null), Arrays.asList("r3", null, "53", null),
                Arrays.asList(null, "A", "36", null), Arrays.asList(null, "B", "35", null),
                Arrays.asList(null, "C", "75", null), Arrays.asList(null, null, "146", null));
    }

    private String hmac(String message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("0123456789abcdef0123456789abcdef"
                    .getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private Path parquet(String select) {
        Path file = directory.resolve("source-" + System.nanoTime() + ".parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (" + select + ") TO " + Anonymiser.literal(file.toString()) + " (FORMAT parquet)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static List<List<String>> read(Path file) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM read_parquet("
                        + Anonymiser.literal(file.toString()) + ")")) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
