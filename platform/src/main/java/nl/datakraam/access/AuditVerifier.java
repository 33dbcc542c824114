// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import nl.datakraam.access.AuditVerification.Problem;
import nl.datakraam.access.infra.AuditStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks the audit log's hash chain (docs/audit-log.md): reads every entry up to the head in {@code seq} order, in
 * constant memory, recomputes each hash ({@link AuditEntry#computeHash()}) and each link, and names the first bad
 * {@code seq} and what is wrong there:
 * <ul>
 *   <li>a {@code seq} below the expected one → {@link Problem#INSERTED} (a duplicate);</li>
 *   <li>a {@code seq} above the expected one → {@link Problem#DELETED} at the first missing {@code seq};</li>
 *   <li>{@code prevHash} not the previous entry's hash: when it is the hash of the entry before that one, the previous
 *       entry was spliced in → {@link Problem#INSERTED} at the previous {@code seq}; when the entry's own hash is
 *       wrong too (it was renumbered after a deletion) → {@link Problem#DELETED} at this {@code seq}; else the previous
 *       entry was edited and given a new hash → {@link Problem#EDITED} at the previous {@code seq};</li>
 *   <li>the entry's hash does not match its content → {@link Problem#EDITED};</li>
 *   <li>after the last entry: fewer entries than the head says → {@link Problem#DELETED}; the last hash is not the
 *       head's → {@link Problem#EDITED}; entries beyond the head → {@link Problem#INSERTED}.</li>
 * </ul>
 * Entries appended while the check runs are outside it (it stops at the head it read first). What a hash chain
 * cannot show on its own: a rewrite of the whole tail including the head row; compare the reported head with a copy
 * kept elsewhere (an earlier export or verification) for that. Thread-safe.
 */
@Service
public class AuditVerifier {

    private final AuditStore store;

    AuditVerifier(AuditStore store) {
        this.store = store;
    }

    /** Verifies the whole chain; reads each entry once. */
    public AuditVerification verify() {
        AuditStore.Head head = store.head();
        var walk = new Walk();
        try {
            store.forEachUpTo(head.seq(), walk::accept);
        } catch (Found found) {
            return AuditVerification.broken(walk.checked, found.seq, found.problem, head.seq(), head.hash());
        }
        if (walk.expectedSeq <= head.seq()) {
            return AuditVerification.broken(walk.checked, walk.expectedSeq, Problem.DELETED, head.seq(), head.hash());
        }
        if (!walk.previousHash.equals(head.hash())) {
            return AuditVerification.broken(walk.checked, head.seq(), Problem.EDITED, head.seq(), head.hash());
        }
        Long beyond = store.firstBeyondHead();
        if (beyond != null) {
            return AuditVerification.broken(walk.checked, beyond, Problem.INSERTED, head.seq(), head.hash());
        }
        return AuditVerification.intact(walk.checked, head.seq(), head.hash());
    }

    /** The state of one pass over the chain. */
    private static final class Walk {
        long checked;
        long expectedSeq = 1;
        String previousHash = AuditEntry.GENESIS;
        @Nullable String hashBeforePrevious;

        void accept(AuditEntry entry) {
            checked++;
            if (entry.seq() < expectedSeq) {
                throw new Found(entry.seq(), Problem.INSERTED);
            }
            if (entry.seq() > expectedSeq) {
                throw new Found(expectedSeq, Problem.DELETED);
            }
            boolean contentMatches = entry.computeHash().equals(entry.hash());
            if (!entry.prevHash().equals(previousHash)) {
                if (entry.seq() == 1) {
                    throw new Found(1, Problem.EDITED);
                }
                if (entry.prevHash().equals(hashBeforePrevious)) {
                    throw new Found(entry.seq() - 1, Problem.INSERTED);
                }
                throw contentMatches ? new Found(entry.seq() - 1, Problem.EDITED)
                        : new Found(entry.seq(), Problem.DELETED);
            }
            if (!contentMatches) {
                throw new Found(entry.seq(), Problem.EDITED);
            }
            hashBeforePrevious = previousHash;
            previousHash = entry.hash();
            expectedSeq++;
        }
    }

    /** Ends the pass at the first problem. */
    private static final class Found extends RuntimeException {
        final long seq;
        final Problem problem;

        Found(long seq, Problem problem) {
            super(null, null, false, false);
            this.seq = seq;
            this.problem = problem;
        }
    }
}
