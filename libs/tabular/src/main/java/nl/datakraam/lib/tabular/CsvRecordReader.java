// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Streams the records of a delimited text file, one at a time, in the given {@link CsvDialect}: the
 * {@link RecordSource} for {@link TabularFormat#DELIMITED_TEXT}.
 *
 * <p>Skips the byte order mark and the dialect's {@code skipLines}, then reads RFC 4180 records: quoted values with
 * doubled quotes and line breaks inside, CRLF, LF and CR line ends in any mix. Empty lines are skipped (a one-column
 * file therefore cannot express a missing value as an empty line). Bytes that are invalid in the charset become
 * U+FFFD.
 *
 * <p><b>The header is not returned by {@link #next()}:</b> when the dialect has a header, {@link #open} reads it and
 * {@link #header()} returns it, so {@link #next()} yields data records only and can be passed straight to
 * {@link RowConverter#convert}.
 *
 * <p>Not thread-safe. Memory is bounded by one record; a record of more than 16 Mi characters throws
 * {@link TabularException} {@code csv.record-too-long}, and a quote still open at the end of the file throws
 * {@code csv.unclosed-quote}, both naming the line where the record starts.
 */
public final class CsvRecordReader implements RecordSource {

    private static final int BUFFER_BYTES = 1 << 16;

    /** The issue code for values with quotes outside RFC 4180 (see {@link #issues()}). */
    public static final String IRREGULAR_QUOTES = TabularCode.CSV_IRREGULAR_QUOTES.key();

    private final InputStream file;
    private final CountingInputStream counter;
    private final RecordParser parser;
    private final CsvDialect dialect;
    private final @Nullable CsvRecord header;

    private CsvRecordReader(InputStream file, CsvDialect dialect) throws IOException {
        this.file = file;
        this.counter = new CountingInputStream(new BufferedInputStream(file, BUFFER_BYTES));
        CharsetDecoder decoder = dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.parser = new RecordParser(new InputStreamReader(counter, decoder), dialect.delimiter(), dialect.quote());
        parser.skipLines(dialect.skipLines());
        this.dialect = dialect;
        this.header = dialect.header() ? next() : null;
    }

    /**
     * Opens a file and, when the dialect has a header, reads the header.
     *
     * @throws IOException        if the file cannot be read
     * @throws TabularException   if the header record is malformed (see the class description)
     */
    public static CsvRecordReader open(Path file, CsvDialect dialect) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new CsvRecordReader(in, dialect);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The dialect the file is read in. */
    @Override
    public CsvDialect layout() {
        return dialect;
    }

    /** The header record, or null when the dialect has none or the file holds no record at all. */
    @Override
    public @Nullable CsvRecord header() {
        return header;
    }

    /**
     * The next data record, or null at the end of the file.
     *
     * @throws IOException      if the file cannot be read
     * @throws TabularException if the record is malformed (see the class description)
     */
    @Override
    public @Nullable CsvRecord next() throws IOException {
        List<String> values = parser.next();
        if (values == null) {
            return null;
        }
        if (parser.endedInsideQuotes()) {
            long line = parser.recordLine();
            throw new TabularException(TabularCode.CSV_UNCLOSED_QUOTE, line, Map.of());
        }
        return new CsvRecord(parser.recordLine(), values);
    }

    /** Raw bytes of the file consumed so far (including the byte order mark and skipped lines), for progress. */
    @Override
    public long bytesRead() {
        return counter.count();
    }

    /**
     * What the reading found besides the dialect (which {@link CsvSniffer} reports): {@code csv.irregular-quotes}
     * (INFO) when values hold quotes that RFC 4180 does not allow, read leniently as {@link RecordParser} describes.
     * Complete once {@link #next()} has returned null.
     */
    @Override
    public List<Issue> issues() {
        long irregular = parser.irregularQuotes();
        if (irregular == 0) {
            return List.of();
        }
        long line = parser.firstIrregularQuoteLine();
        return List.of(Issue.of(Severity.INFO, TabularCode.CSV_IRREGULAR_QUOTES, line, 0, null,
                Map.of("count", irregular)));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
