// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook (a zip archive, as XLSX and ODS are) before any reader opens it, by inflating every entry once and
 * counting the bytes it really yields, so that sizes the archive merely declares cannot fool it:
 * <ul>
 *   <li>the file must start with a zip local file header; an old binary workbook or an encrypted one (both OLE2
 *       compound files) and anything else is rejected with a message saying what it is;</li>
 *   <li>no entry may inflate to more than a maximum size, nor (past the first MiB) to more than a maximum multiple of
 *       its compressed size, which is what a zip bomb does;</li>
 *   <li>no XML entry may declare a document type (DTD): ECMA-376 Part 2 §9.1.4 (requirement M1.18) forbids it in
 *       Office Open XML packages for exactly this reason, entity expansion ("billion laughs"), and LibreOffice never
 *       writes one. The readers' XML parsers do not process DTDs either; this check turns such a file into a clear
 *       error instead of a parser fault.</li>
 * </ul>
 * Costs one inflation of the whole archive. Immutable and thread-safe.
 */
final class ZipGuard {

    /** The limits for uploads: entries up to 2 GiB, inflating up to 100 times their compressed size. */
    static final ZipGuard DEFAULT = new ZipGuard(2L << 30, 100);

    private static final long RATIO_GRACE_BYTES = 1 << 20;
    private static final int MAX_ENTRIES = 10_000;
    private static final int PROLOG_BYTES = 1 << 16;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private final long maxEntryBytes;
    private final int maxRatio;

    /**
     * @param maxEntryBytes the most bytes one entry may inflate to
     * @param maxRatio      the most an entry larger than 1 MiB may inflate, as a multiple of its compressed size
     */
    ZipGuard(long maxEntryBytes, int maxRatio) {
        this.maxEntryBytes = maxEntryBytes;
        this.maxRatio = maxRatio;
    }

    /**
     * @throws TabularException {@code workbook.not-a-zip}, {@code workbook.invalid} (a damaged archive),
     *                          {@code workbook.too-many-entries}, {@code workbook.entry-too-large},
     *                          {@code workbook.compression-ratio}, {@code workbook.dtd}
     */
    void check(Path file, TabularFormat format) throws IOException {
        checkMagic(file, format);
        String name = format.name();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new TabularException(TabularCode.WORKBOOK_TOO_MANY_ENTRIES, 0,
                        Map.of("format", name, "entries", zip.size()));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    inflate(zip, entry, name);
                }
            }
        } catch (ZipException | EOFException e) {
            throw damaged(name, e);
        }
    }

    private void inflate(ZipFile zip, ZipEntry entry, String format) throws IOException {
        boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
        byte[] prolog = new byte[xml ? PROLOG_BYTES : 0];
        int prologLength = 0;
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (prologLength < prolog.length) {
                    int copied = Math.min(n, prolog.length - prologLength);
                    System.arraycopy(buffer, 0, prolog, prologLength, copied);
                    prologLength += copied;
                }
                inflated += n;
                if (inflated > maxEntryBytes) {
                    throw new TabularException(TabularCode.WORKBOOK_ENTRY_TOO_LARGE, 0,
                            Map.of("part", entry.getName(), "format", format, "limitMib", maxEntryBytes / (1 << 20)));
                }
                if (inflated > RATIO_GRACE_BYTES && inflated > compressed * maxRatio) {
                    throw new TabularException(TabularCode.WORKBOOK_COMPRESSION_RATIO, 0,
                            Map.of("part", entry.getName(), "format", format, "ratio", maxRatio));
                }
            }
        }
        if (xml && declaresDocumentType(prolog, prologLength)) {
            throw new TabularException(TabularCode.WORKBOOK_DTD, 0, Map.of("part", entry.getName(), "format", format));
        }
    }

    /**
     * Whether the XML prolog (before the root element) holds a {@code <!DOCTYPE}. NUL bytes and byte order marks are
     * ignored, which reads the markup of UTF-16 as well as of UTF-8; a prolog longer than the bytes given is left to
     * the parser.
     */
    private static boolean declaresDocumentType(byte[] bytes, int length) {
        StringBuilder ascii = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b != 0 && b < 0x80) {
                ascii.append((char) b);
            }
        }
        String text = ascii.toString();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else {
                return text.startsWith("<!DOCTYPE", i);
            }
        }
        return false;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static void checkMagic(Path file, TabularFormat format) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(OLE2_MAGIC.length);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return;
        }
        String ending = "." + format.extensions().getFirst();
        if (head.length == 0) {
            throw new TabularException(TabularCode.FILE_EMPTY, 0, Map.of("kind", "empty", "format", "workbook"));
        }
        if (startsWith(head, OLE2_MAGIC)) {
            throw new TabularException(TabularCode.WORKBOOK_NOT_A_ZIP, 0,
                    Map.of("kind", "legacy", "ending", ending, "format", format.name()));
        }
        throw new TabularException(TabularCode.WORKBOOK_NOT_A_ZIP, 0,
                Map.of("kind", "other", "ending", ending, "format", format.name()));
    }

    private static TabularException damaged(String format, IOException cause) {
        return new TabularException(TabularCode.WORKBOOK_INVALID, 0, Map.of("kind", "damaged-zip", "format", format),
                cause);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
