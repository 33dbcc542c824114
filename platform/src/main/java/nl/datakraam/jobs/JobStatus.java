// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import java.util.Locale;

/** Life cycle of a job: {@code queued → running → succeeded | failed}. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    /** Wire value: {@code queued}, {@code running}, {@code succeeded}, {@code failed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
