// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import java.util.Locale;

/**
 * Life cycle of a job: {@code queued → running → succeeded | failed | cancelled}; a job that needs a person's
 * decision (a steward's schema review) waits in {@code awaiting_review} and runs again once decided.
 */
public enum JobStatus {
    QUEUED, RUNNING, AWAITING_REVIEW, SUCCEEDED, FAILED, CANCELLED;

    /** Wire value: {@code queued}, {@code running}, {@code awaiting_review}, {@code succeeded}, {@code failed}, {@code cancelled}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
