// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.datakraam.access.AuditVerification.Problem;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Must-show 2 of issue 6: the audit verifier detects an edited, a deleted and an inserted entry, and concurrent
 * appends keep the chain linear and {@code seq} gap-free, whichever database holds the log: run by
 * {@link AuditLogH2IT} (embedded H2) and {@link AuditLogPostgresIT} (PostgreSQL). Each test tampers with entries it
 * appended itself, with raw SQL as an intruder with database access would, and restores them afterwards, so that the
 * log other tests share stays intact.
 */
abstract class AuditLogContract extends PlatformIT {

    private static final Caller ADMIN = Caller.administrator("audit-contract");
    private static final Caller STEWARD = new Caller("steward-1", java.util.Set.of(Caller.ROLE_STEWARD));

    @Autowired
    AuditLog audit;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIntactChainVerifiesAndEveryEntryLinksToTheOneBefore() {
        long before = headSeq();
        UUID dataset = UUID.randomUUID();
        audit.record(STEWARD, "dataset.read", dataset, null, Map.of("format", "csv"));
        audit.record(ADMIN, "dataset.describe", dataset, UUID.randomUUID(), Map.of());

        AuditVerification result = verifier.verify();
        assertThat(result.ok()).as("%s", result).isTrue();
        assertThat(result.headSeq()).isEqualTo(before + 2);
        assertThat(result.entriesChecked()).isEqualTo(before + 2);
        List<AuditEntry> two = entries(before + 1, before + 2);
        assertThat(two.get(0).prevHash()).isEqualTo(before == 0 ? AuditEntry.GENESIS : entry(before).hash());
        assertThat(two.get(1).prevHash()).isEqualTo(two.get(0).hash());
        assertThat(two.get(0).actor()).isEqualTo("steward-1");
        assertThat(two.get(0).actorRoles()).isEqualTo("data-eigenaar");
        assertThat(two.get(0).origin()).isEqualTo("system");
        assertThat(two.get(0).datasetId()).isEqualTo(dataset);
        assertThat(two.get(0).details()).isEqualTo("{\"format\":\"csv\"}");
        assertThat(two.get(1).hash()).isEqualTo(two.get(1).computeHash()).hasSize(64);
        assertThat(result.headHash()).isEqualTo(two.get(1).hash());
        assertThat(audit.latest(ADMIN, "steward-1", dataset, 10, 0)).extracting(AuditEntry::seq)
                .containsExactly(before + 1);
        assertThat(audit.latest(ADMIN, null, null, 2, 0)).extracting(AuditEntry::seq)
                .containsExactly(before + 2, before + 1);
    }

    @Test
    void aChangeThroughHttpIsRecordedWithActorPathAndStatusAndAReadIsNot() {
        long before = headSeq();
        String id = admin().importFile(Fixtures.file("audit.csv", "code,naam\n1,een\n", StandardCharsets.UTF_8),
                "Audit " + System.nanoTime(), "openbaar").get("subjectId").asString();
        var patched = admin().patchMerge("/v1/datasets/" + id + "?lang=en", "{\"description\": \"Gewijzigd\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(admin().get("/v1/datasets/" + id).statusCode()).isEqualTo(200);

        // the upload and the edit; not the job polls nor the reads
        List<AuditEntry> recorded = entries(before + 1, Long.MAX_VALUE);
        assertThat(recorded).extracting(AuditEntry::channel)
                .containsExactly("POST /v1/datasets", "PATCH /v1/datasets/" + id);
        AuditEntry upload = recorded.get(0);
        assertThat(upload.action()).isEqualTo("http.change");
        assertThat(upload.actor()).isEqualTo("beheerder");
        assertThat(upload.actorRoles()).isEqualTo("beheerder");
        assertThat(upload.outcome()).isEqualTo("202");
        assertThat(upload.origin()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        AuditEntry edit = recorded.get(1);
        assertThat(edit.datasetId()).hasToString(id);
        assertThat(edit.outcome()).isEqualTo("200");
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void namesAnEditedEntry() {
        long seq = appendThree() + 2;
        AuditEntry original = entry(seq);

        jdbc.sql("update audit_entry set action = 'dataset.download' where seq = :seq").param("seq", seq).update();
        assertBroken(seq, Problem.EDITED);
        jdbc.sql("update audit_entry set action = :action where seq = :seq").param("action", original.action())
                .param("seq", seq).update();
        assertThat(verifier.verify().ok()).isTrue();

        jdbc.sql("update audit_entry set actor = 'someone-else' where seq = :seq").param("seq", seq).update();
        assertBroken(seq, Problem.EDITED);
        jdbc.sql("update audit_entry set actor = :actor where seq = :seq").param("actor", original.actor())
                .param("seq", seq).update();
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void namesAnEditedEntryWhoseHashWasRecomputed() {
        long seq = appendThree() + 2;
        AuditEntry original = entry(seq);
        AuditEntry forged = new AuditEntry(seq, original.at(), "someone-else", original.actorRoles(),
                original.origin(), original.action(), original.datasetId(), original.versionId(), original.channel(),
                original.outcome(), original.details(), original.prevHash(), "").sealed();

        jdbc.sql("update audit_entry set actor = :actor, hash = :hash where seq = :seq").param("actor", forged.actor())
                .param("hash", forged.hash()).param("seq", seq).update();
        assertBroken(seq, Problem.EDITED);
        jdbc.sql("update audit_entry set actor = :actor, hash = :hash where seq = :seq")
                .param("actor", original.actor()).param("hash", original.hash()).param("seq", seq).update();
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void namesADeletedEntryInTheMiddleAndAtTheEnd() {
        long first = appendThree();
        for (long seq : new long[] {first + 1, first + 2}) {
            AuditEntry original = entry(seq);
            jdbc.sql("delete from audit_entry where seq = :seq").param("seq", seq).update();
            assertBroken(seq, Problem.DELETED);
            insert(original);
            assertThat(verifier.verify().ok()).isTrue();
        }
    }

    @Test
    void namesAnInsertedEntry() {
        long last = appendThree() + 2;
        AuditEntry previous = entry(last);
        // a well-formed entry, hash and link computed exactly as the log does, but not appended through it
        AuditEntry forged = new AuditEntry(last + 1, previous.at(), "intruder", "beheerder", "10.0.0.9",
                "dataset.read", null, null, "GET /v1/datasets", "200", "{}", previous.hash(), "").sealed();
        insert(forged);
        assertBroken(last + 1, Problem.INSERTED);
        jdbc.sql("delete from audit_entry where seq = :seq").param("seq", last + 1).update();
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void concurrentAppendsKeepTheChainLinearAndWithoutGaps() throws Exception {
        int threads = 6;
        int each = 25;
        long before = headSeq();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Caller caller = new Caller("writer-" + t, java.util.Set.of(Caller.ROLE_STAFF));
                writers.add(() -> {
                    for (int i = 0; i < each; i++) {
                        audit.record(caller, "dataset.read", UUID.randomUUID(), null, Map.of("i", Integer.toString(i)));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        long total = before + (long) threads * each;
        assertThat(headSeq()).isEqualTo(total);
        List<Long> seqs = jdbc.sql("select seq from audit_entry where seq > :before order by seq")
                .param("before", before).query(Long.class).list();
        assertThat(seqs).hasSize(threads * each);
        assertThat(seqs.getFirst()).isEqualTo(before + 1);
        assertThat(seqs.getLast()).isEqualTo(total);
        AuditVerification result = verifier.verify();
        assertThat(result.ok()).as("%s", result).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(total);
    }

    private void assertBroken(long seq, Problem problem) {
        AuditVerification result = verifier.verify();
        assertThat(result.ok()).as("%s", result).isFalse();
        assertThat(result.firstBadSeq()).as("%s", result).isEqualTo(seq);
        assertThat(result.problem()).as("%s", result).isEqualTo(problem);
    }

    /** Appends three entries; returns the seq of the first. */
    private long appendThree() {
        long first = headSeq() + 1;
        for (int i = 0; i < 3; i++) {
            audit.record(ADMIN, "dataset.read", UUID.randomUUID(), null, Map.of("n", Integer.toString(i)));
        }
        assertThat(verifier.verify().ok()).isTrue();
        return first;
    }

    private long headSeq() {
        return jdbc.sql("select seq from audit_head where id = 1").query(Long.class).single();
    }

    private AuditEntry entry(long seq) {
        return entries(seq, seq).getFirst();
    }

    private List<AuditEntry> entries(long from, long to) {
        List<AuditEntry> found = new ArrayList<>();
        audit.export(ADMIN, null, null, entry -> {
            if (entry.seq() >= from && entry.seq() <= to) {
                found.add(entry);
            }
        });
        return found;
    }

    private void insert(AuditEntry entry) {
        jdbc.sql("""
                insert into audit_entry (seq, at, actor, actor_roles, origin, action, dataset_id, version_id, channel,
                    outcome, details, prev_hash, hash)
                values (:seq, :at, :actor, :roles, :origin, :action, :dataset, :version, :channel, :outcome, :details,
                    :prev, :hash)""")
                .param("seq", entry.seq())
                .param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("roles", entry.actorRoles())
                .param("origin", entry.origin())
                .param("action", entry.action())
                .param("dataset", entry.datasetId())
                .param("version", entry.versionId())
                .param("channel", entry.channel())
                .param("outcome", entry.outcome())
                .param("details", entry.details())
                .param("prev", entry.prevHash())
                .param("hash", entry.hash())
                .update();
    }
}
