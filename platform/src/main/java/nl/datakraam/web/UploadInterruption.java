// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import java.io.EOFException;
import java.net.SocketTimeoutException;
import org.apache.catalina.connector.ClientAbortException;

/**
 * Recognises an upload whose body stopped before its end (case c30): the client closed the connection
 * ({@link EOFException}, {@link ClientAbortException}) or sent nothing for longer than the server's read timeout
 * ({@code server.tomcat.connection-timeout}, {@link SocketTimeoutException}). Such an upload fails at once with
 * {@code upload.interrupted}; nothing of it is kept.
 */
final class UploadInterruption {

    /** The English detail of {@code upload.interrupted}. */
    static final String ENGLISH = "The upload stopped before the whole file arrived, so nothing was stored. "
            + "Send the file again; for a very large file a stable connection helps, or let Datakraam fetch it "
            + "from a URL.";

    /**
     * Request attribute that marks an interrupted upload: Tomcat flags the response of a request whose body broke
     * off as a 400 error, so the error page is rendered after any handler; it reads this mark to say why.
     */
    static final String MARK = UploadInterruption.class.getName();

    private UploadInterruption() {
    }

    /** Whether {@code failure}, or anything that caused it, says the request body ended early. */
    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException || cause instanceof ClientAbortException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, for a one-line log entry. */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
