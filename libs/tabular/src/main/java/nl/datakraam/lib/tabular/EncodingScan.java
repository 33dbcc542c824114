// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.io.InputStream;

/**
 * What one pass over the raw bytes of a file shows about its encoding. Lines are 1-based physical lines (CRLF, LF and
 * CR each end one); 0 means "not found".
 *
 * @param validUtf8              whether every byte sequence is well-formed UTF-8
 * @param firstInvalidUtf8Line   the line of the first byte that breaks UTF-8
 * @param undefinedCp1252Bytes   how many bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * @param firstUndefinedCp1252   the first such byte (0 if none)
 * @param firstUndefinedLine     the line of the first such byte
 * @param nulBytes               how many 0x00 bytes there are
 * @param firstNulOffset         the 0-based offset of the first 0x00 byte from the start of the scan, or -1
 * @param firstNulLine           the line of the first 0x00 byte
 */
record EncodingScan(boolean validUtf8, long firstInvalidUtf8Line,
                    long undefinedCp1252Bytes, int firstUndefinedCp1252, long firstUndefinedLine,
                    long nulBytes, long firstNulOffset, long firstNulLine) {

    private static final int BUFFER_BYTES = 1 << 16;

    /** Reads the stream to its end. */
    static EncodingScan of(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long line = 1;
        long offset = 0;
        boolean previousCr = false;
        boolean valid = true;
        long invalidLine = 0;
        int pending = 0;
        int low = 0x80;
        int high = 0xBF;
        long undefined = 0;
        int firstUndefined = 0;
        long undefinedLine = 0;
        long nuls = 0;
        long nulOffset = -1;
        long nulLine = 0;
        for (int n; (n = in.read(buffer)) >= 0; offset += n) {
            // Printable ASCII (a positive byte from 0x20) outside a multi-byte sequence needs no further checks.
            for (int i = 0; i < n; i++) {
                if (buffer[i] >= ' ' && pending == 0) {
                    previousCr = false;
                    continue;
                }
                int b = buffer[i] & 0xFF;
                if (b == '\n') {
                    if (!previousCr) {
                        line++;
                    }
                    previousCr = false;
                } else if (b == '\r') {
                    line++;
                    previousCr = true;
                } else {
                    previousCr = false;
                }
                if (b == 0) {
                    if (nuls++ == 0) {
                        nulOffset = offset + i;
                        nulLine = line;
                    }
                }
                if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                    if (undefined++ == 0) {
                        firstUndefined = b;
                        undefinedLine = line;
                    }
                }
                if (!valid) {
                    continue;
                }
                if (pending > 0) {
                    if (b >= low && b <= high) {
                        pending--;
                        low = 0x80;
                        high = 0xBF;
                        continue;
                    }
                    valid = false;
                    invalidLine = line;
                    pending = 0;
                    continue;
                }
                if (b < 0x80) {
                    continue;
                }
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b == 0xE0) {
                    pending = 2;
                    low = 0xA0;
                } else if (b == 0xED) {
                    pending = 2;
                    high = 0x9F;
                } else if (b >= 0xE1 && b <= 0xEF) {
                    pending = 2;
                } else if (b == 0xF0) {
                    pending = 3;
                    low = 0x90;
                } else if (b >= 0xF1 && b <= 0xF3) {
                    pending = 3;
                } else if (b == 0xF4) {
                    pending = 3;
                    high = 0x8F;
                } else {
                    valid = false;
                    invalidLine = line;
                }
            }
        }
        if (valid && pending > 0) {
            valid = false;
            invalidLine = line;
        }
        return new EncodingScan(valid, invalidLine, undefined, firstUndefined, undefinedLine, nuls, nulOffset, nulLine);
    }
}
