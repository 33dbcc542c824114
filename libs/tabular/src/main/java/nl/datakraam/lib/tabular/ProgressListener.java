// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/**
 * Receives the progress of a streamed pass over a file. Called on the reading thread, so it must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (bytesRead, rowsRead) -> { };

    /**
     * @param bytesRead raw bytes of the file consumed so far
     * @param rowsRead  data records read so far (the header not included)
     */
    void onProgress(long bytesRead, long rowsRead);
}
