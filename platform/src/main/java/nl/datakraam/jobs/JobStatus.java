// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import java.util.Locale;

/** Life cycle of a job: {@code queued → running → succeeded | failed | cancelled}. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    /** Wire value: {@code queued}, {@code running}, {@code succeeded}, {@code failed}, {@code cancelled}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
