// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.util.Arrays;

/** The outcome of a source's last fetch. */
public enum FetchStatus {
    /** The server sent the file; a new version was queued (its job is the source's last job). */
    FETCHED("fetched"),
    /** The server answered 304: the file is unchanged since the last fetch; nothing was queued. */
    NOT_MODIFIED("not_modified"),
    /** The fetch failed; the source's message says why. The current version stays. */
    FAILED("failed");

    private final String code;

    FetchStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static FetchStatus fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fetch status: " + code));
    }
}
