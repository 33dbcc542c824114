// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static nl.datakraam.lib.tabular.SharedFiles.ingestCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV cases of {@code ../shared/cases/ingest}, one rule each, with the expectations of its README. */
class IngestCasesTest {

    @Test
    void keepsLateTextInNumericColumnAsString() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c01_late_text_in_numeric.csv"));

        assertThat(table.inference().rowCount()).isEqualTo(1501);
        assertThat(table.field("code").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("code")).hasSize(1501).startsWith("42", "20").endsWith("A");
        assertThat(table.issues("column.text-after-typed")).singleElement()
                .satisfies(issue -> assertThat(issue.line()).isEqualTo(1502));
    }

    @Test
    void keepsLeadingZerosOfQuotedCodes() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c02_quoted_leading_zeros.csv"));

        assertThat(table.field("gemeentecode").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("gemeentecode")).hasSize(50).startsWith("0052493", "0025431")
                .allSatisfy(code -> assertThat((String) code).hasSize(7).startsWith("00"));
    }

    @Test
    void readsCodesEndingInLettersAsStringOnEveryUpload() throws IOException {
        InferredTable first = InferredTable.read(ingestCase("c03_mixed_codes.csv"));
        InferredTable again = InferredTable.read(ingestCase("c03_mixed_codes.csv"));

        assertThat(first.field("artikelcode").type()).isEqualTo(FieldType.STRING);
        assertThat(first.values("artikelcode")).endsWith("1234A", "5678B", "9012C");
        assertThat(again.inference().schema()).isEqualTo(first.inference().schema());
    }

    @Test
    void readsNegativeNumbersExactly() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c04_negative_numbers.csv"));

        assertThat(table.field("saldo").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.values("saldo")).containsExactly(-3.0, 5.0, -12.5, 0.0);
    }

    @Test
    void readsBlankCellsOfIntegerColumnAsNull() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c05_whitespace_cell.csv"));

        assertThat(table.field("aantal").type()).isEqualTo(FieldType.INTEGER);
        List<Object> ids = table.values("id");
        assertThat(table.values("aantal").get(ids.indexOf(1800L))).as("one space").isNull();
        assertThat(table.values("aantal").get(ids.indexOf(1801L))).as("empty").isNull();
        assertThat(table.values("aantal").get(ids.indexOf(1802L))).isEqualTo(496L);
    }

    @Test
    void readsBlankDateAsNullAndWordsAmongNumbersAsString() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c06_blank_date_and_mixed.csv"));

        assertThat(table.field("datum").type()).isEqualTo(FieldType.DATE);
        assertThat(table.values("datum")).startsWith(LocalDate.of(2024, 4, 15)).last().isNull();
        assertThat(table.field("waarde").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("waarde")).startsWith("n.v.t.", "13").contains("onbekend", "zie toelichting");
    }

    @Test
    void readsSemicolonFileWithDecimalComma() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c07_semicolon_decimal_comma.csv"));

        assertThat(table.dialect().delimiter()).isEqualTo(';');
        assertThat(table.names()).containsExactly("gemeente", "oppervlakte_km2", "dichtheid");
        assertThat(table.field("oppervlakte_km2").decimalChar()).isEqualTo(",");
        assertThat(table.values("oppervlakte_km2")).containsExactly(197.96, 477.83, 333.6);
        assertThat(table.values("dichtheid")).containsExactly(1203.4, 101.9, 137.1);
    }

    @Test
    void neverReadsWeekdayNamesAsDates() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c08_weekdays_and_flags.csv"));

        assertThat(table.field("dag").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("dag")).startsWith("maandag", "dinsdag");
    }

    @Test
    void readsTAndFAsBoolean() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c08_weekdays_and_flags.csv"));

        Field actief = table.field("actief");
        assertThat(actief.type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(actief.trueValues()).contains("t");
        assertThat(actief.falseValues()).contains("f");
        assertThat(table.values("actief")).startsWith(false, true, false);
    }

    @Test
    void neverReadsFractionsAsDates() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c09_fraction_like.csv"));

        assertThat(table.field("verhouding").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("verhouding")).containsExactly("2755/ 1", "0/ 0", "12/ 4");
    }

    @Test
    void settlesDayFirstOrderFromOneUnambiguousDate() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c10_day_first_dates.csv"));

        assertThat(table.field("datum").type()).isEqualTo(FieldType.DATE);
        assertThat(table.field("datum").format()).isEqualTo("%d/%m/%Y");
        assertThat(table.values("datum"))
                .containsExactly(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 25), LocalDate.of(2023, 12, 11));
    }

    @Test
    void normalisesZonedTimestampsToTheSameUtcInstant() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c11_timezones.csv"));

        assertThat(table.field("tijdstip").type()).isEqualTo(FieldType.DATETIME_TZ);
        assertThat(table.field("tijdstip").type().tableSchemaType()).isEqualTo("datetime");
        OffsetDateTime instant = OffsetDateTime.of(2024, 3, 31, 1, 30, 0, 0, ZoneOffset.UTC);
        assertThat(table.values("tijdstip")).containsExactly(instant, instant);
    }

    @Test
    void readsUndefinedWindows1252ByteAsLatin1AndNamesLineAndByte() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c13_latin1_undefined_cp1252_byte.csv"));

        assertThat(table.dialect().charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(table.values("plaats")).last().isEqualTo("Caf\u00e9 \u0081 Noord");
        assertThat(table.issues("encoding.undefined-byte")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(22);
            assertThat(issue.message()).contains("0x81", "line 22");
            assertThat(issue.arguments()).containsEntry("byte", "0x81").containsEntry("count", 1L);
        });
    }

    @Test
    void keepsExtraValueInAddedFieldAndNamesTheLine() throws IOException {
        InferredTable table = InferredTable.read(ingestCase("c14_extra_field_with_umlaut.csv"));

        assertThat(table.names()).containsExactly("naam", "plaats", "column_3");
        assertThat(table.field("column_3").title()).isEqualTo("(no header) 3");
        assertThat(table.values("naam")).containsExactly("Jansen", "M\u00fcller", "Bakker");
        assertThat(table.values("column_3")).containsExactly(null, "extra", null);
        assertThat(table.issues("row.extra-values")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).contains("Line 3 has 3 values, but the header has 2", "column_3")
                    .doesNotContain("M\u00fcller", "Winschoten");
            assertThat(issue.column()).isEqualTo(3);
            assertThat(issue.field()).isEqualTo("column_3");
            assertThat(issue.arguments()).containsEntry("found", 3).containsEntry("expected", 2)
                    .containsEntry("fields", java.util.List.of("column_3"));
        });
    }

    @Test
    void givesDuplicateAndLongHeadersDistinctStableNames() throws IOException {
        InferredTable first = InferredTable.read(ingestCase("c15_duplicate_and_long_headers.csv"));
        InferredTable again = InferredTable.read(ingestCase("c15_duplicate_and_long_headers.csv"));

        assertThat(first.names()).doesNotHaveDuplicates().hasSize(4)
                .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(63).matches("[a-z_][a-z0-9_]*"))
                .startsWith("bedrag", "bedrag_2");
        assertThat(again.names()).isEqualTo(first.names());
        assertThat(first.fields()).extracting(Field::title).containsExactly("Bedrag", "Bedrag",
                "Totaal aantal geregistreerde meldingen over geluidsoverlast per buurt in het jaar A",
                "Totaal aantal geregistreerde meldingen over geluidsoverlast per buurt in het jaar B");
    }
}
