// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.datakraam.catalog.FieldOverride;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.FieldType;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.ProgressListener;
import nl.datakraam.lib.tabular.TableSchema;
import nl.datakraam.lib.tabular.TabularException;
import nl.datakraam.query.infra.ParquetExport;
import nl.datakraam.storage.BlobStore;
import nl.datakraam.storage.StorageSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * The SQL pass 2 ({@link SqlPassTwo}, {@link CsvToParquetSql}) writes the same data as the Java path
 * ({@link TabularWriter#writeWithJava}): for every file, both paths write a version from the same inference, and
 * every value of the two Parquet files is compared (types, order, {@code -0.0}, microseconds) and the two CSV files
 * byte for byte. Each file also says whether the SQL path must take it, so that a file silently falling back to the
 * Java path fails the test too.
 */
class SqlPassTwoMatchesJavaIT {

    private static final ProgressListener QUIET = (bytes, rows) -> {
    };

    /** Which path must write a file. */
    enum Path2 {
        /** DuckDB reads the file. */
        SQL,
        /** The Java path, decided up front from the inference or because DuckDB stopped. */
        JAVA
    }

    /** A small file for one syntax. */
    record Fixture(String name, String text, Charset charset, Path2 expected) {
        Fixture(String name, String text, Path2 expected) {
            this(name, text, StandardCharsets.UTF_8, expected);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path folder;

    private BlobStore blobs;
    private TabularWriter writer;
    private SqlPassTwo sqlPassTwo;

    @BeforeEach
    void setUp() {
        blobs = new BlobStore(new StorageSettings(folder.resolve("blobs")));
        IngestSettings settings = new IngestSettings(DataSize.ofMegabytes(256), 2, Duration.ofMillis(100), true);
        writer = new TabularWriter(blobs, settings);
        sqlPassTwo = new SqlPassTwo(blobs, settings);
    }

    static Stream<Fixture> fixtures() {
        return Stream.of(
                new Fixture("thousands separators, decimal comma", """
                        id;bedrag;aantal
                        1;1.234,56;1.000
                        2;12.345.678,9;-2.500
                        3;-0,5;999
                        4;;12.345.678
                        5;0,125;+1.000
                        6;1.000.000;0
                        """, Path2.SQL),
                new Fixture("thousands separators, decimal point", """
                        id,bedrag
                        1,"1,234.56"
                        2,"-12,345,678.9"
                        3,.5
                        4,5.
                        5,"1,000"
                        """, Path2.SQL),
                new Fixture("numbers: exponents, signs, zeros, many digits", """
                        id,waarde
                        1,1.871e-05
                        2,1E5
                        3,-0
                        4,-0.0
                        5,+.5e-3
                        6,0.1000000000000000055511151231257827021181583404541015625
                        7,123456789012345678.5
                        8,2.4703282292062328e-324
                        9,1e400
                        10,-1e-400
                        11,4.9e-324
                        12,0.
                        """, Path2.SQL),
                new Fixture("integers: signs, 18 digits, surrounding spaces", "id,n\n1,+5\n2,-0\n3,0\n"
                        + "4,123456789012345678\n5,-123456789012345678\n6,\t 7 \t\n7,\u00A08\u202F\n8,\u20079\u2007\n",
                        Path2.SQL),
                new Fixture("missing tokens and whitespace-only values", """
                        id;aantal;datum;tekst
                        1;NULL;n.v.t.;NULL
                        2;-;-;-
                        3;n.v.t.;2024-01-01;n.v.t.
                        4;n.b.;onbekend;n.b.
                        5;onbekend;NULL;onbekend
                        6;   ;  ;  \s
                        7;42;2024-02-29;x
                        8;#N/A;#n/a;#N/A
                        9;NVT;na;nvt
                        """, Path2.SQL),
                new Fixture("every boolean pair", """
                        id,ja_nee,j_n,waar_onwaar,true_false,t_f,yes_no
                        1,ja,j,waar,true,t,yes
                        2,nee,n,onwaar,false,f,no
                        3,Ja,J,Waar,True,T,Yes
                        4,NEE,N,ONWAAR,FALSE,F,NO
                        5,, ,,,,
                        6,jA,j , waar ,tRuE,t,YES
                        """, Path2.SQL),
                new Fixture("Dutch month names", """
                        id;datum;kort
                        1;12 januari 2024;12 jan. 2024
                        2;1 mei 2023;1 mei. 2023
                        3;31 DECEMBER 1999;3 mrt 2022
                        4;29 februari 2024;15 SEPT. 2021
                        5;;28 Okt 2020
                        """, Path2.SQL),
                new Fixture("yyyymmdd", """
                        id,datum
                        1,20240131
                        2,18000101
                        3,22001231
                        4,19000228
                        5,
                        """, Path2.SQL),
                new Fixture("day first, month first, separators", """
                        id,dag_eerst,maand_eerst,punten,datumtijd
                        1,31-12-2024,12/31/2024,31.12.2024,31-12-2024 23:59
                        2,1-2-2024,2/1/2024,1.2.2024,1-2-2024 0:00:01
                        3,29-02-2024,02/29/2024,29.2.2024,29-02-2024 12:30:45.5
                        4,13-01-1900,01/13/1900,13.1.1900,13-01-1900 01:02
                        """, Path2.SQL),
                new Fixture("zone offsets", """
                        id,tijdstip
                        1,2024-03-31T01:30:00Z
                        2,2024-03-31T03:30:00+02:00
                        3,2024-03-31T03:30+0200
                        4,2024-03-30T20:30:00-05
                        5,2024-01-01T00:00:00.1234567+01:00
                        6,1969-12-31T23:59:59.9999995Z
                        7,1970-01-01T00:59:59.9999995+01:00
                        8,0001-01-01 00:00:00+18:00
                        9,9999-12-31 23:59:59.999999999-18:00
                        10,2024-06-01 12:00:00.5-01:30
                        """, Path2.SQL),
                new Fixture("date-times without zone, fractions before the epoch", """
                        id,tijd
                        1,2024-01-01 10:00
                        2,2024-01-01 10:00:05.123
                        3,2024-01-01
                        4,1900-06-30T23:59:59.1234569
                        5,1969-12-31T23:59:59.9999999
                        6,1970-01-01T00:00:00.0000001
                        7,2024-02-29T9:05
                        """, Path2.SQL),
                new Fixture("quoted delimiters, line breaks and quotes", "id;tekst;getal\r\n"
                        + "1;\"a;b\";\"1,5\"\r\n"
                        + "2;\"regel 1\r\nregel 2\";2\r\n"
                        + "3;\"een \"\"citaat\"\" hier\";3\r\n"
                        + "4;\"\";4\r\n"
                        + "5;\"\n\";5\r\n"
                        + "6;\"  spaties  \";\" 6 \"\r\n", Path2.SQL),
                new Fixture("LF line ends", "a,b\n1,x\n2,y\n\n3,z", Path2.SQL),
                new Fixture("CR line ends", "a,b\r1,x\r2,y\r\r3,z\r", Path2.SQL),
                new Fixture("CRLF line ends, empty lines", "a,b\r\n1,x\r\n\r\n2,y\r\n\r\n", Path2.SQL),
                new Fixture("mixed line ends", "a,b\r\n1,x\n2,y\r3,z\r\n", Path2.JAVA),
                new Fixture("preamble with comments, blank lines and a stray quote", """
                        # Bron: "provincie
                        # Peildatum 2024

                        gemeente,inwoners
                        Groningen,"234.000"
                        Emmen,107000
                        """, Path2.SQL),
                new Fixture("byte order mark", "\uFEFFcode;naam\r\n0014;Groningen\r\n0034;Almere\r\n", Path2.SQL),
                new Fixture("byte order mark and preamble", "\uFEFF# opmerking\r\ncode;naam\r\n0014;Groningen\r\n",
                        Path2.SQL),
                new Fixture("a header and no records", "gemeente;inwoners;datum\r\n", Path2.SQL),
                new Fixture("one column with a lone CR among LF line ends", "naam\nGroningen\rAssen\nEmmen\n", Path2.JAVA),
                new Fixture("no header", "1;2024-01-01;ja\n2;2024-01-02;nee\n3;2024-01-03;ja\n", Path2.SQL),
                new Fixture("one column with empty lines and an empty quoted value", """
                        naam
                        Groningen

                        ""
                        Assen

                        """, Path2.SQL),
                new Fixture("trailing empty columns", "pc4;vs30;;;\r\n9711;307,33;;;\r\n9712;187;;;\r\n", Path2.SQL),
                new Fixture("text: accents, emoji, no-break spaces, missing tokens kept", """
                        id,naam,opmerking
                        1,Súdwest-Fryslân,NULL
                        2,'s-Hertogenbosch,n.v.t.
                        3,Ærø 😀,\u00A0spatie\u00A0
                        4,  ,-
                        """, Path2.SQL),
                new Fixture("Windows-1252", "naam;plaats\r\nCaf\u00E9;\u2018s-Hertogenbosch\r\n",
                        Charset.forName("windows-1252"), Path2.JAVA),
                new Fixture("ISO-8859-1 with a byte Windows-1252 leaves undefined", "naam;plaats\r\nCaf\u00E9;x\u0081y\r\n",
                        StandardCharsets.ISO_8859_1, Path2.JAVA),
                new Fixture("UTF-16 with byte order mark", "\uFEFFnaam;aantal\r\nGroningen;1\r\n",
                        StandardCharsets.UTF_16LE, Path2.JAVA),
                new Fixture("a record with an extra value", "naam,plaats\nJansen,Groningen\nMüller,Winschoten,extra\n",
                        Path2.JAVA),
                new Fixture("records with an empty extra value", "a,b\n1,2,\n3,4,\n", Path2.JAVA),
                new Fixture("a record with a missing value", "a;b;c\n1;2;3\n4;5\n", Path2.JAVA),
                new Fixture("a quote after a space", "a,b\n1, \"x\"\n2,\"y\" \n", Path2.JAVA),
                new Fixture("a quote inside a value", "maat,omschrijving\n5\",pijp\n6,buis\n", Path2.JAVA),
                new Fixture("a value over DuckDB's line limit", "id,tekst\n1," + "x".repeat(3_000_000) + "\n2,kort\n",
                        Path2.JAVA));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void writesTheSameDataAsTheJavaPath(Fixture fixture) throws Exception {
        Path file = folder.resolve("fixture.csv");
        Files.write(file, fixture.text().getBytes(fixture.charset()));

        assertSameVersions(file, fixture.expected());
    }

    static Stream<String> ingestCases() throws IOException {
        try (Stream<Path> files = Files.list(shared("cases/ingest"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("ingestCases")
    void writesTheIngestCasesAsTheJavaPathDoes(String name) throws Exception {
        Path2 expected = name.startsWith("c13") || name.startsWith("c14") ? Path2.JAVA : Path2.SQL;
        assertSameVersions(shared("cases/ingest/" + name), expected);
    }

    static Stream<String> realFiles() throws IOException {
        try (Stream<Path> files = Files.list(shared("data/real"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void writesTheRealFilesAsTheJavaPathDoes(String name) throws Exception {
        // Windows-1252, and the RvIG tables whose records have an empty value more than the header (PROVENANCE.md).
        Path2 expected = name.contains("cp1252") || name.startsWith("rvig_") ? Path2.JAVA : Path2.SQL;
        assertSameVersions(shared("data/real/" + name), expected);
    }

    @Test
    void writesOverriddenTypesAsTheJavaPathDoes() throws Exception {
        Path file = folder.resolve("overrides.csv");
        Files.writeString(file, """
                code;datum;bedrag;aantal;tijd
                14;01-02-2024;1,5;7;2024-01-01 10:00
                +34;03-04-2024;2;8;2024-01-02
                ;;;;
                """);
        Inference inferred = writer.infer(file, "overrides.csv", QUIET);
        assertThat(inferred.schema().fields()).extracting(Field::type).containsExactly(FieldType.INTEGER,
                FieldType.DATE, FieldType.NUMBER, FieldType.INTEGER, FieldType.DATETIME);
        List<VersionIssue> notes = new ArrayList<>();
        Inference reviewed = SchemaReview.applyOverrides(file, inferred, Map.of(
                "code", new FieldOverride("string", null, null),
                "datum", new FieldOverride("date", "%m-%d-%Y", null),
                "bedrag", new FieldOverride("string", null, null),
                "aantal", new FieldOverride("number", null, "."),
                "tijd", new FieldOverride("date", null, null)), notes);

        // datum: day first as inferred, month first as overridden; tijd holds a time, so that override is dropped
        assertThat(inferred.schema().fields().get(1).format()).isEqualTo("%d-%m-%Y");
        assertThat(notes).extracting(VersionIssue::field).containsExactly("tijd");
        assertThat(reviewed.schema().fields()).extracting(Field::type).containsExactly(FieldType.STRING,
                FieldType.DATE, FieldType.STRING, FieldType.NUMBER, FieldType.DATETIME);
        assertThat(reviewed.schema().fields().get(1).format()).isEqualTo("%m-%d-%Y");
        assertSameVersions(file, reviewed, null, Path2.SQL);
    }

    @Test
    void leavesDatesOfAnotherShapeThanAnOverriddenFormatToTheJavaPath() throws Exception {
        // The Java reader takes a date of any shape whatever the format says; the SQL path only the shape the
        // format names, so an override to a date-time (format %Y-%m-%dT%H:%M:%S) of day-first dates stops it.
        Path file = folder.resolve("datetime-override.csv");
        Files.writeString(file, "datum;n\n01-02-2024;1\n29-02-2024;2\n;3\n");
        Inference inferred = writer.infer(file, "datetime-override.csv", QUIET);
        List<VersionIssue> notes = new ArrayList<>();
        Inference reviewed = SchemaReview.applyOverrides(file, inferred,
                Map.of("datum", new FieldOverride("datetime", null, null)), notes);

        assertThat(notes).isEmpty();
        assertThat(reviewed.schema().fields().getFirst().type()).isEqualTo(FieldType.DATETIME);
        assertSameVersions(file, reviewed, null, Path2.JAVA);
    }

    @Test
    void leavesAValueThatDoesNotConvertToTheJavaPathWhichNamesLineAndField() throws Exception {
        Path file = folder.resolve("misfit.csv");
        Files.writeString(file, "code;naam\n1;a\n2;b\nA3;c\n4;d\n");
        Inference inferred = writer.infer(file, "misfit.csv", QUIET);
        Inference misfit = withType(inferred, "code", FieldType.INTEGER);

        Path directory = Files.createDirectories(folder.resolve("misfit"));
        assertThat(sqlPassTwo.write(file, misfit, directory, null, QUIET)).isEmpty();
        assertThat(directory).isEmptyDirectory();
        assertThat(temporaryFiles()).isEmpty();
        assertThatThrownBy(() -> writer.write(file, misfit, directory, null, QUIET))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("value.invalid");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("Field code on line 4");
                });
    }

    /** A value the Java path refuses for a field of a type (as after a steward's override), after a valid one. */
    record Misfit(FieldType type, String format, String valid, String value) {
        @Override
        public String toString() {
            return type + " " + format + ": " + value;
        }
    }

    static Stream<Misfit> misfits() {
        return Stream.of(
                new Misfit(FieldType.INTEGER, "default", "1", "007"),
                new Misfit(FieldType.INTEGER, "default", "1", "1.5"),
                new Misfit(FieldType.INTEGER, "default", "1", "1234567890123456789"),
                new Misfit(FieldType.INTEGER, "default", "1", "1e3"),
                new Misfit(FieldType.INTEGER, "default", "1", "\u0663"),
                new Misfit(FieldType.INTEGER, "default", "1", "+"),
                new Misfit(FieldType.NUMBER, "default", "1,5", "1.234.5"),
                new Misfit(FieldType.NUMBER, "default", "1,5", "1,2,3"),
                new Misfit(FieldType.NUMBER, "default", "1,5", "1.23,4"),
                new Misfit(FieldType.NUMBER, "default", "1,5", "1.234e5"),
                new Misfit(FieldType.NUMBER, "default", "1,5", "00,5"),
                new Misfit(FieldType.NUMBER, "default", "1,5", "1.5"),
                new Misfit(FieldType.NUMBER, "default", "1,5", "Infinity"),
                new Misfit(FieldType.BOOLEAN, "default", "ja", "jA"),
                new Misfit(FieldType.BOOLEAN, "default", "ja", "1"),
                new Misfit(FieldType.DATE, "default", "2024-01-01", "2024-02-30"),
                new Misfit(FieldType.DATE, "default", "2024-01-01", "2023-02-29"),
                new Misfit(FieldType.DATE, "default", "2024-01-01", "2024-13-01"),
                new Misfit(FieldType.DATE, "default", "2024-01-01", "2024-01-01 10:00"),
                new Misfit(FieldType.DATE, "default", "2024-01-01", "2024-1-01"),
                new Misfit(FieldType.DATE, "default", "2024-01-01", "0000-01-01"),
                new Misfit(FieldType.DATE, "%d-%m-%Y", "31-01-2024", "31-02-2024"),
                new Misfit(FieldType.DATE, "%Y%m%d", "20240101", "17991231"),
                new Misfit(FieldType.DATE, "%d %B %Y", "1 mei 2024", "1 mai 2024"),
                new Misfit(FieldType.DATETIME, "%Y-%m-%d %H:%M", "2024-01-01 10:00", "2024-01-01 24:00"),
                new Misfit(FieldType.DATETIME, "%Y-%m-%d %H:%M", "2024-01-01 10:00", "2024-01-01 10:60"),
                new Misfit(FieldType.DATETIME, "%Y-%m-%d %H:%M", "2024-01-01 10:00", "2024-01-01 10:00:60"),
                new Misfit(FieldType.DATETIME, "%Y-%m-%d %H:%M", "2024-01-01 10:00", "2024-01-01T10:00Z"),
                new Misfit(FieldType.DATETIME, "%Y-%m-%d %H:%M", "2024-01-01 10:00", "2024-01-01 10:00:00.1234567890"),
                new Misfit(FieldType.DATETIME_TZ, "%Y-%m-%dT%H:%M%z", "2024-01-01T10:00Z", "2024-01-01T10:00"),
                new Misfit(FieldType.DATETIME_TZ, "%Y-%m-%dT%H:%M%z", "2024-01-01T10:00Z", "2024-01-01T10:00+19:00"),
                new Misfit(FieldType.DATETIME_TZ, "%Y-%m-%dT%H:%M%z", "2024-01-01T10:00Z", "2024-01-01T10:00+05:60"),
                new Misfit(FieldType.DATETIME_TZ, "%Y-%m-%dT%H:%M%z", "2024-01-01T10:00Z", "2024-01-01T10:00+05:"),
                new Misfit(FieldType.DATETIME_TZ, "%Y-%m-%dT%H:%M%z", "2024-01-01T10:00Z", "2024-01-01"));
    }

    @ParameterizedTest
    @MethodSource("misfits")
    void neverTurnsAValueTheJavaPathRefusesIntoAValueOrNull(Misfit misfit) throws Exception {
        Path file = folder.resolve("misfit.csv");
        Files.writeString(file, "waarde;n\n" + misfit.valid() + ";1\n" + misfit.value() + ";2\n" + misfit.valid()
                + ";3\n");
        Inference inferred = writer.infer(file, "misfit.csv", QUIET);
        boolean number = misfit.type() == FieldType.NUMBER;
        boolean bool = misfit.type() == FieldType.BOOLEAN;
        Field field = new Field("waarde", "waarde", misfit.type(), misfit.format(), number ? "," : null,
                number ? "." : null, bool ? List.of("ja", "Ja", "JA") : List.of(),
                bool ? List.of("nee", "Nee", "NEE") : List.of(), List.of(""));
        Inference misfitting = inferred.withSchema(new TableSchema(List.of(field,
                inferred.schema().fields().get(1)), List.of("")));
        Path directory = Files.createDirectories(folder.resolve("misfit"));

        assertThat(sqlPassTwo.write(file, misfitting, directory, null, QUIET)).isEmpty();
        assertThat(directory).isEmptyDirectory();
        assertThatThrownBy(() -> writer.write(file, misfitting, directory, null, QUIET))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("value.invalid");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void leavesFilesUnderAPathDuckDbWouldReadAsAGlobToTheJavaPath() throws Exception {
        BlobStore globbed = new BlobStore(new StorageSettings(folder.resolve("blobs[1]")));
        IngestSettings settings = new IngestSettings(DataSize.ofMegabytes(256), 2, Duration.ofMillis(100), true);
        Path file = globbed.temporaryFile(".csv");
        Files.writeString(file, "a;b\n1;x\n2;y\n");
        Inference inference = writer.infer(file, "upload.csv", QUIET);
        Path directory = Files.createDirectories(folder.resolve("globbed"));

        assertThat(new SqlPassTwo(globbed, settings).write(file, inference, directory, null, QUIET)).isEmpty();
        TabularWrite written = new TabularWriter(globbed, settings).write(file, inference, directory, null, QUIET);
        assertThat(written.parquet()).exists();
    }

    @Test
    void leavesTheFileToTheJavaPathWhenDuckDbReadsAnotherNumberOfRows() throws Exception {
        Path file = folder.resolve("count.csv");
        Files.writeString(file, "a;b\n1;x\n2;y\n");
        Inference inference = writer.infer(file, "count.csv", QUIET);
        Inference miscounted = new Inference(inference.layout(), inference.schema(), inference.rowCount() + 1,
                inference.byteCount(), inference.issues(), inference.sourceColumns());
        Path directory = Files.createDirectories(folder.resolve("count"));

        assertThat(sqlPassTwo.write(file, inference, directory, null, QUIET)).isPresent();
        Path other = Files.createDirectories(folder.resolve("miscounted"));
        assertThat(sqlPassTwo.write(file, miscounted, other, null, QUIET)).isEmpty();
        assertThat(other).isEmptyDirectory();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void appendsAfterThePreviousVersionAsTheJavaPathDoes() throws Exception {
        // Both parts are large enough for several row groups and both threads, so that the order of the rows (the
        // previous version's first, then the file's, each in its own order) is tested, not only their values.
        Path first = folder.resolve("first.csv");
        Files.writeString(first, rows(0, 200_000));
        Path second = folder.resolve("second.csv");
        Files.writeString(second, rows(200_000, 400_000));
        Path previousDirectory = Files.createDirectories(folder.resolve("previous"));
        Path previous = writer.writeWithJava(first, writer.infer(first, "first.csv", QUIET), previousDirectory, null,
                QUIET).parquet();

        assertSameVersions(second, writer.infer(second, "second.csv", QUIET), previous, Path2.SQL);
    }

    private static String rows(int from, int to) {
        StringBuilder rows = new StringBuilder("id;bedrag;datum\n");
        for (int i = from; i < to; i++) {
            rows.append(i).append(';').append(i % 7 == 0 ? "" : i + ",25").append(';')
                    .append(1 + i % 28).append("-0").append(1 + i % 9).append("-2024\n");
        }
        return rows.toString();
    }

    @Test
    void readsQuotedLineBreaksAcrossDuckDbsParallelChunksAsTheJavaPathDoes() throws Exception {
        // DuckDB reads a file in buffers of 32 MB, split into parts its threads read in parallel; a part may start
        // inside a quoted value with line breaks and delimiters.
        Path file = folder.resolve("multiline.csv");
        StringBuilder rows = new StringBuilder("id;opmerking;bedrag\r\n");
        for (int i = 0; rows.length() < 40_000_000; i++) {
            rows.append(i).append(";\"regel ").append(i).append(";\r\n\"\"tweede\"\" regel\n").append("x".repeat(i % 97))
                    .append("\";").append(i % 11 == 0 ? "" : (i % 1000) + "," + (i % 100)).append("\r\n");
        }
        Files.writeString(file, rows);

        assertSameVersions(file, Path2.SQL);
    }

    @Test
    void reportsProgressAndStopsCleanlyWhenTheListenerCancels() throws Exception {
        Path file = folder.resolve("large.csv");
        StringBuilder rows = new StringBuilder("id;datum;bedrag;tekst\n");
        for (int i = 0; i < 400_000; i++) {
            rows.append(i).append(';').append(1 + i % 28).append('-').append(1 + i % 12).append("-2023;")
                    .append(i).append(",5;\"regel ").append(i).append("\"\n");
        }
        Files.writeString(file, rows);
        Inference inference = writer.infer(file, "large.csv", QUIET);
        List<long[]> reports = new ArrayList<>();
        Path directory = Files.createDirectories(folder.resolve("progress"));

        Optional<Path> files = sqlPassTwo.write(file, inference, directory, null,
                (bytes, rowsRead) -> reports.add(new long[] {bytes, rowsRead}));

        assertThat(files).isPresent();
        assertThat(reports).isNotEmpty().allSatisfy(report -> {
            assertThat(report[0]).isBetween(0L, inference.byteCount());
            assertThat(report[1]).isBetween(0L, inference.rowCount());
        });
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }

        Path cancelled = Files.createDirectories(folder.resolve("cancelled"));
        AtomicLong calls = new AtomicLong();
        assertThatThrownBy(() -> sqlPassTwo.write(file, inference, cancelled, null, (bytes, rowsRead) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("cancelled by the test");
        })).hasMessage("cancelled by the test");
        assertThat(calls).hasValue(1);
        assertThat(cancelled).isEmptyDirectory();
        assertThat(temporaryFiles()).isEmpty();
    }

    private void assertSameVersions(Path file, Path2 expected) throws Exception {
        assertSameVersions(file, writer.infer(file, file.getFileName().toString(), QUIET), null, expected);
    }

    private void assertSameVersions(Path file, Inference inference, Path previous, Path2 expected) throws Exception {
        Path javaDirectory = Files.createDirectories(folder.resolve("java-" + System.nanoTime()));
        Path sqlDirectory = Files.createDirectories(folder.resolve("sql-" + System.nanoTime()));
        TabularWrite java = writer.writeWithJava(file, inference, javaDirectory, previous, QUIET);
        Optional<Path> sql = sqlPassTwo.write(file, inference, sqlDirectory, previous, QUIET);

        assertThat(temporaryFiles()).as("temporary files left behind").isEmpty();
        if (expected == Path2.JAVA) {
            assertThat(sql).as("the SQL path must leave this file to the Java path").isEmpty();
            assertThat(sqlDirectory).isEmptyDirectory();
            TabularWrite written = writer.write(file, inference, sqlDirectory, previous, QUIET);
            assertSameData(java.parquet(), written.parquet());
            assertSameCsv(inference, java.parquet(), written.parquet());
            return;
        }
        assertThat(sql).as("the SQL path must write this file").isPresent();
        assertSameData(java.parquet(), sql.get());
        assertSameCsv(inference, java.parquet(), sql.get());
    }

    /** The CSV downloads made from both Parquet files ({@link ParquetExport#csv}) are the same byte for byte. */
    private void assertSameCsv(Inference inference, Path expected, Path actual) throws Exception {
        List<String> columns = inference.schema().fields().stream().map(Field::name).toList();
        Path expectedCsv = folder.resolve("expected-" + System.nanoTime() + ".csv");
        Path actualCsv = folder.resolve("actual-" + System.nanoTime() + ".csv");
        ParquetExport.csv(expected, columns, expectedCsv, new ParquetExport.Resources(256, 2));
        ParquetExport.csv(actual, columns, actualCsv, new ParquetExport.Resources(256, 2));
        assertThat(Files.mismatch(expectedCsv, actualCsv)).as("data.csv byte for byte").isEqualTo(-1L);
    }

    /** Same columns with the same types, same number of rows, every value equal in the same order. */
    private static void assertSameData(Path expected, Path actual) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement setup = connection.createStatement()) {
            setup.execute("SET TimeZone = 'UTC'");
            assertThat(describe(connection, actual)).isEqualTo(describe(connection, expected));
            try (Statement left = connection.createStatement(); Statement right = connection.createStatement();
                    ResultSet java = left.executeQuery("SELECT * FROM read_parquet(" + ParquetStaging.literal(expected.toString()) + ")");
                    ResultSet sql = right.executeQuery("SELECT * FROM read_parquet(" + ParquetStaging.literal(actual.toString()) + ")")) {
                int columns = java.getMetaData().getColumnCount();
                long row = 0;
                while (java.next()) {
                    row++;
                    if (!sql.next()) {
                        fail("the SQL path wrote only %d rows", row - 1);
                    }
                    for (int c = 1; c <= columns; c++) {
                        Object javaValue = java.getObject(c);
                        Object sqlValue = sql.getObject(c);
                        if (!Objects.equals(javaValue, sqlValue)) {
                            fail("row %d, %s: Java path %s, SQL path %s", row, java.getMetaData().getColumnName(c),
                                    describe(javaValue), describe(sqlValue));
                        }
                    }
                }
                assertThat(sql.next()).as("the SQL path wrote more than %d rows", row).isFalse();
            }
        }
    }

    private static List<String> describe(Connection connection, Path parquet) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                        + ParquetStaging.literal(parquet.toString()) + ")")) {
            while (result.next()) {
                columns.add(result.getString("column_name") + " " + result.getString("column_type"));
            }
        }
        return columns;
    }

    private static String describe(Object value) {
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("blobs").resolve("tmp"))) {
            return files.toList();
        }
    }

    private static Inference withType(Inference inference, String name, FieldType type) {
        List<Field> fields = inference.schema().fields().stream()
                .map(field -> !field.name().equals(name) ? field : new Field(field.name(), field.title(), type,
                        "default", null, null, List.of(), List.of(), field.missingValues()))
                .toList();
        return inference.withSchema(new TableSchema(fields, inference.schema().missingValues()));
    }
}
