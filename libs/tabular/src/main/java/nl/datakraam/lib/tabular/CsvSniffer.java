// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the {@link CsvDialect} of a delimited text file.
 *
 * <ul>
 *   <li><b>Encoding, over the whole file</b> (one fast pass over the raw bytes): a byte order mark decides UTF-8,
 *       UTF-16LE or UTF-16BE; otherwise a file that is valid UTF-8 throughout is UTF-8; otherwise Windows-1252, unless
 *       it holds a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): then ISO-8859-1, which keeps
 *       every byte.</li>
 *   <li><b>From a sample</b> (the first 128 KiB, at most 1,000 records): the preamble (leading lines that are blank or
 *       start with {@code #}); the delimiter among {@code ;} tab {@code |} {@code ,} whose field count is the same
 *       in most records, respecting quotes (ties go in that order, since a decimal comma file also splits evenly on
 *       commas); and the header, which is assumed unless every typed column's first value fits the type of the values
 *       below it.</li>
 * </ul>
 * The quote is always {@code "}. Stateless and thread-safe; reads the file twice from the start (the sample, the
 * encoding pass).
 */
public final class CsvSniffer {

    private static final int SAMPLE_BYTES = 1 << 17;
    private static final int SAMPLE_RECORDS = 1000;
    private static final int BINARY_WINDOW_BYTES = 1 << 16;
    private static final char[] DELIMITERS = {';', '\t', '|', ','};
    private static final char QUOTE = '"';
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSniffer() {
    }

    /**
     * The dialect of the file.
     *
     * @throws IOException      if the file cannot be read
     * @throws TabularException {@code file.empty} if the file holds no table (no bytes, only blank or comment
     *                          lines), {@code file.binary} if it is not text (NUL bytes near the start, as in
     *                          spreadsheets, archives and databases, or mostly control characters)
     */
    public static CsvDialect sniff(Path file) throws IOException {
        return examine(file).dialect();
    }

    /** The dialect with the issues found on the way (encoding, preamble, missing header). */
    static SniffResult examine(Path file) throws IOException {
        byte[] sample = readStart(file);
        if (sample.length == 0) {
            throw new TabularException(TabularCode.FILE_EMPTY, 0, Map.of("kind", "empty", "format", "text"));
        }
        boolean truncated = Files.size(file) > sample.length;
        List<Issue> issues = new ArrayList<>();
        Charset charset;
        int bomLength;
        if (startsWith(sample, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(sample, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else {
            bomLength = startsWith(sample, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            charset = byteEncoding(file, bomLength > 0, issues);
        }
        String text = new String(sample, bomLength, sample.length - bomLength, charset);
        rejectBinary(text);
        int skipLines = 0;
        int bodyStart = 0;
        while (bodyStart < text.length() && isPreamble(text, bodyStart)) {
            bodyStart = nextLine(text, bodyStart);
            skipLines++;
        }
        String body = text.substring(bodyStart);
        if (body.isBlank()) {
            throw new TabularException(TabularCode.FILE_EMPTY, 0, Map.of("kind", "comments-only", "format", "text"));
        }
        if (skipLines > 0) {
            issues.add(Issue.of(Severity.INFO, TabularCode.PREAMBLE_SKIPPED, 1, 0, null, Map.of("count", skipLines)));
        }
        char delimiter = delimiter(body, truncated);
        boolean header = hasHeader(records(body, delimiter, truncated), delimiter);
        if (!header) {
            issues.add(Issue.of(Severity.INFO, TabularCode.HEADER_ABSENT, skipLines + 1L, 0, null, Map.of()));
        }
        return new SniffResult(new CsvDialect(charset, bomLength > 0, delimiter, QUOTE, skipLines, header), issues);
    }

    private static Charset byteEncoding(Path file, boolean utf8Mark, List<Issue> issues) throws IOException {
        EncodingScan scan;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(utf8Mark ? 3 : 0);
            scan = EncodingScan.of(in);
        }
        if (scan.firstNulOffset() >= 0 && scan.firstNulOffset() < BINARY_WINDOW_BYTES) {
            throw binary();
        }
        if (scan.nulBytes() > 0) {
            issues.add(Issue.of(Severity.WARNING, TabularCode.ENCODING_NUL_BYTE, scan.firstNulLine(), 0, null,
                    Map.of("count", scan.nulBytes())));
        }
        if (utf8Mark || scan.validUtf8()) {
            if (!scan.validUtf8()) {
                issues.add(Issue.of(Severity.WARNING, TabularCode.ENCODING_INVALID_UTF8, scan.firstInvalidUtf8Line(), 0,
                        null, Map.of()));
            }
            return StandardCharsets.UTF_8;
        }
        if (scan.undefinedCp1252Bytes() == 0) {
            issues.add(Issue.of(Severity.INFO, TabularCode.ENCODING_WINDOWS_1252, scan.firstInvalidUtf8Line(), 0, null,
                    Map.of()));
            return WINDOWS_1252;
        }
        issues.add(Issue.of(Severity.WARNING, TabularCode.ENCODING_UNDEFINED_BYTE, scan.firstUndefinedLine(), 0, null,
                Map.of("byte", String.format("0x%02X", scan.firstUndefinedCp1252()),
                        "count", scan.undefinedCp1252Bytes())));
        return StandardCharsets.ISO_8859_1;
    }

    private static void rejectBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw binary();
            }
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls * 100L > text.length()) {
            throw binary();
        }
    }

    private static TabularException binary() {
        return new TabularException(TabularCode.FILE_BINARY, 0, Map.of());
    }

    private static boolean isPreamble(String text, int lineStart) {
        int end = nextLine(text, lineStart);
        String line = text.substring(lineStart, end);
        return line.isBlank() || line.charAt(0) == '#';
    }

    /** The index after the line end of the line starting at {@code start}, or the text length. */
    private static int nextLine(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    /** The delimiter giving the same field count (at least 2) in the largest share of sample records; else a comma. */
    private static char delimiter(String body, boolean truncated) {
        char best = ',';
        double bestShare = 0;
        for (char candidate : DELIMITERS) {
            List<List<String>> records = records(body, candidate, truncated);
            Map<Integer, Integer> counts = new HashMap<>();
            int modal = 0;
            int modalRecords = 0;
            for (List<String> record : records) {
                int width = record.size();
                int n = counts.merge(width, 1, Integer::sum);
                if (n > modalRecords || (n == modalRecords && width > modal)) {
                    modal = width;
                    modalRecords = n;
                }
            }
            double share = records.isEmpty() ? 0 : (double) modalRecords / records.size();
            if (modal >= 2 && share > bestShare) {
                best = candidate;
                bestShare = share;
            }
        }
        return best;
    }

    /** Header unless every typed column's first value fits the type the values below it have. */
    private static boolean hasHeader(List<List<String>> records, char delimiter) {
        if (records.size() < 2) {
            return true;
        }
        List<String> first = records.getFirst();
        List<ColumnInference> below = columns(records.subList(1, records.size()), first.size(), delimiter);
        List<ColumnInference> all = columns(records, first.size(), delimiter);
        int dataLike = 0;
        for (int i = 0; i < first.size(); i++) {
            FieldType type = below.get(i).type();
            if (type == FieldType.STRING) {
                continue;
            }
            String value = Cells.trimmed(first.get(i));
            if (value.isEmpty() || MissingTokens.matches(value)) {
                continue;
            }
            if (all.get(i).type() != type) {
                return true;
            }
            dataLike++;
        }
        return dataLike == 0;
    }

    private static List<ColumnInference> columns(List<List<String>> records, int width, char delimiter) {
        List<ColumnInference> columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            columns.add(new ColumnInference(delimiter == ';'));
        }
        long line = 0;
        for (List<String> record : records) {
            line++;
            for (int i = 0; i < Math.min(width, record.size()); i++) {
                columns.get(i).accept(record.get(i), line);
            }
        }
        return columns;
    }

    /** The sample's records; when the sample is cut off, the last (possibly partial) record is left out. */
    private static List<List<String>> records(String body, char delimiter, boolean truncated) {
        RecordParser parser = new RecordParser(new StringReader(body), delimiter, QUOTE);
        List<List<String>> records = new ArrayList<>();
        try {
            for (List<String> record; records.size() < SAMPLE_RECORDS && (record = parser.next()) != null; ) {
                records.add(record);
            }
            if (truncated && records.size() < SAMPLE_RECORDS && !records.isEmpty()) {
                records.removeLast();
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return records;
    }

    private static byte[] readStart(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
