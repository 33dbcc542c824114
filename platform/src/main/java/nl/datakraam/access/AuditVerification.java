// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link AuditVerifier#verify()}.
 *
 * @param entriesChecked entries read, up to the first problem or to the head
 * @param ok             true when the chain is intact
 * @param firstBadSeq    the first {@code seq} found wrong (for a deletion: the first missing one), or null
 * @param problem        what is wrong there, or null
 * @param headSeq        the head's {@code seq} when the check began: anchor it (write it down with {@code headHash}
 *                       outside the system) to detect a later rewrite of the whole tail
 * @param headHash       the head's hash when the check began
 */
public record AuditVerification(long entriesChecked, boolean ok, @Nullable Long firstBadSeq,
        @Nullable Problem problem, long headSeq, String headHash) {

    /** What the verifier found at the first bad entry. */
    public enum Problem {
        /** The entry's content no longer matches its hash, or the entry after it no longer links to it. */
        EDITED,
        /** An entry is missing: a gap in {@code seq}, an entry that does not link to the one before, or a short tail. */
        DELETED,
        /** An entry that was not appended through the log: a duplicate, one beyond the head, or one spliced in. */
        INSERTED;

        /** {@code edited}, {@code deleted}, {@code inserted}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static AuditVerification intact(long checked, long headSeq, String headHash) {
        return new AuditVerification(checked, true, null, null, headSeq, headHash);
    }

    static AuditVerification broken(long checked, long seq, Problem problem, long headSeq, String headHash) {
        return new AuditVerification(checked, false, seq, problem, headSeq, headHash);
    }
}
