// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.VersionFiles;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.PrivacyCode;
import nl.datakraam.storage.BlobStore;
import nl.datakraam.storage.Quarantine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention (issue 9): a retention period per dataset, the report of versions kept past it, and the deletion of their
 * raw data with a deletion log. Thread-safe.
 *
 * <p>Rules (docs/privacy-registers.md): a dataset's period is the one set on it, else the shortest
 * {@code bewaartermijnDuur} of the processing activities linked to it, else none (it never expires). A version's
 * period runs from its commit; it has expired when commit + period has passed. Deleting an expired version deletes
 * its raw upload (unless another version that keeps its data holds the same bytes: the store keeps identical bytes
 * once) and, for a dataset that is not {@code openbaar}, the files of the version's folder (Parquet and the formats
 * made from it). Metadata stays: the version, its schema, counts and checksums, and the deletion log entry. The
 * current version is deleted only when asked explicitly. A deletion is all or nothing: the files are taken out of
 * the store first, their checksums checked against the catalogue, the catalogue mark, the log entry and the audit
 * entry written in one transaction, and only then the files deleted; on any failure the files go back.
 */
@Service
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final RetentionStore store;
    private final ProcessingActivities activities;
    private final Catalog catalog;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Retention(RetentionStore store, ProcessingActivities activities, Catalog catalog, BlobStore blobs, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.catalog = catalog;
        this.blobs = blobs;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * An ISO 8601 period of years, months and days, more than zero.
     *
     * @throws PlatformException {@code code} with {@link PrivacyCode#PERIOD_INVALID} otherwise
     */
    static Period period(String parameter, String value, ErrorCode code) {
        try {
            Period period = Period.parse(value.strip());
            if (!period.isNegative() && !period.isZero() && period.getYears() >= 0 && period.getMonths() >= 0
                    && period.getDays() >= 0) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new PlatformException(code, PrivacyCode.PERIOD_INVALID, Map.of("parameter", parameter));
    }

    /** The period that applies to the dataset and where it comes from; empty when none does. */
    public Optional<RetentionPeriod> periodOf(DatasetId id) {
        Optional<Period> own = store.periodOf(id);
        if (own.isPresent()) {
            return Optional.of(new RetentionPeriod(own.get(), RetentionPeriod.DATASET, null));
        }
        LocalDate base = LocalDate.of(2000, 1, 1);
        return activities.ofDataset(id).stream().filter(a -> a.retentionPeriod() != null)
                .min(Comparator.comparing(a -> base.plus(a.retentionPeriod())))
                .map(a -> new RetentionPeriod(a.retentionPeriod(), RetentionPeriod.PROCESSING_ACTIVITY, a.name()));
    }

    /**
     * Sets (or with a blank value, removes) the retention period set on the dataset.
     *
     * @param period an ISO 8601 period such as {@code P7Y}
     * @throws PlatformException as {@code Catalog.editable}; {@link ErrorCode#RETENTION_INVALID} for a bad period
     */
    public Optional<RetentionPeriod> setPeriod(DatasetId id, @Nullable String period, Caller caller) {
        catalog.editable(id, caller);
        Period value = period == null || period.isBlank() ? null
                : period("retentionPeriod", period, ErrorCode.RETENTION_INVALID);
        transactions.executeWithoutResult(status -> {
            store.setPeriod(id, value, caller.id(), clock.instant());
            audit.record(caller, "retention.period", id.value(), null,
                    Map.of("period", value == null ? "" : value.toString()));
        });
        return periodOf(id);
    }

    /**
     * The report: versions of datasets the caller may read that are past their retention period and still keep their
     * data, oldest expiry first.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} unless beheerder,
     *     data-eigenaar or functionaris-gegevensbescherming
     */
    public List<ExpiredVersion> expired(Caller caller) {
        requireReader(caller);
        return expiredAsSeenBy(caller);
    }

    private List<ExpiredVersion> expiredAsSeenBy(Caller caller) {
        Set<DatasetId> ids = new LinkedHashSet<>(store.datasetsWithPeriod());
        ids.addAll(activities.datasetsWithPeriod());
        Instant now = clock.instant();
        List<ExpiredVersion> expired = new ArrayList<>();
        for (DatasetId id : ids) {
            Optional<Dataset> dataset = catalog.find(id, caller);
            Optional<RetentionPeriod> period = periodOf(id);
            if (dataset.isEmpty() || period.isEmpty()) {
                continue;
            }
            for (VersionFiles v : catalog.versionFiles(id, caller)) {
                Instant expiresAt = expiresAt(v, period.get());
                if (v.dataDeletedAt() == null && !now.isBefore(expiresAt)) {
                    expired.add(new ExpiredVersion(id, dataset.get().title(), dataset.get().slug(), v.id(),
                            v.number(), v.createdAt(), period.get(), expiresAt, v.current()));
                }
            }
        }
        expired.sort(Comparator.comparing(ExpiredVersion::expiresAt));
        return expired;
    }

    /**
     * Deletes the raw data of one expired version (see the class comment for what and how), and logs it.
     *
     * @param includeCurrent whether the dataset's current version may be deleted
     * @return the deletion log entry
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND}; {@link ErrorCode#LOGIN_REQUIRED} /
     *     {@link ErrorCode#NOT_ALLOWED} unless beheerder; {@link ErrorCode#RETENTION_INVALID}
     *     ({@link PrivacyCode#VERSION_UNKNOWN}); {@link ErrorCode#RETENTION_REFUSED} ({@link PrivacyCode#NO_PERIOD},
     *     {@link PrivacyCode#NOT_EXPIRED}, {@link PrivacyCode#CURRENT_VERSION}, {@link PrivacyCode#ALREADY_DELETED});
     *     {@link ErrorCode#RETENTION_DELETION_FAILED} ({@link PrivacyCode#CHECKSUM_MISMATCH},
     *     {@link PrivacyCode#FILES_UNAVAILABLE}) — in every case nothing was deleted
     */
    public RetentionDeletion delete(DatasetId id, int versionNumber, boolean includeCurrent, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        requireAdministrator(caller);
        RetentionPeriod period = periodOf(id).orElseThrow(() -> refused(PrivacyCode.NO_PERIOD,
                Map.of("version", versionNumber)));
        VersionFiles version = catalog.versionFiles(id, caller).stream().filter(v -> v.number() == versionNumber)
                .findFirst().orElseThrow(() -> new PlatformException(ErrorCode.RETENTION_INVALID,
                        PrivacyCode.VERSION_UNKNOWN, Map.of("version", versionNumber)));
        if (version.dataDeletedAt() != null) {
            throw refused(PrivacyCode.ALREADY_DELETED, Map.of("version", versionNumber));
        }
        Instant expiresAt = expiresAt(version, period);
        if (clock.instant().isBefore(expiresAt)) {
            throw refused(PrivacyCode.NOT_EXPIRED, Map.of("version", versionNumber, "expiresAt",
                    expiresAt.toString()));
        }
        if (version.current() && !includeCurrent) {
            throw refused(PrivacyCode.CURRENT_VERSION, Map.of("version", versionNumber));
        }
        return deleteFiles(dataset, version, period, expiresAt, caller);
    }

    /**
     * The scheduled job's round: deletes every expired version that is not current, one by one; a version that
     * fails is left as it was (logged) and the others go on.
     *
     * @return the deletion log entries made
     */
    public List<RetentionDeletion> deleteExpired(Caller caller) {
        requireAdministrator(caller);
        List<RetentionDeletion> done = new ArrayList<>();
        for (ExpiredVersion v : expiredAsSeenBy(caller)) {
            if (v.current()) {
                continue;
            }
            try {
                done.add(delete(v.datasetId(), v.versionNumber(), false, caller));
            } catch (RuntimeException e) {
                LOG.warn("Retention: version {} of dataset {} not deleted: {}", v.versionNumber(),
                        v.datasetId().value(), e.getMessage());
            }
        }
        return done;
    }

    /**
     * The deletion log, newest first, optionally of one dataset.
     *
     * @throws PlatformException as {@link #expired}
     */
    public List<RetentionDeletion> deletions(@Nullable DatasetId dataset, Caller caller) {
        requireReader(caller);
        return store.deletions(dataset);
    }

    private RetentionDeletion deleteFiles(Dataset dataset, VersionFiles version, RetentionPeriod period,
            Instant expiresAt, Caller caller) {
        DatasetId id = dataset.id();
        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, String> expected = new HashMap<>();
        boolean keepRaw = catalog.rawKeyKeptByOtherVersion(version.rawKey(), version.id());
        if (!keepRaw) {
            roles.put(version.rawKey(), "raw");
            expected.put(version.rawKey(), version.rawSha256());
        }
        if (dataset.accessLevel() != AccessLevel.OPENBAAR) {
            for (String key : blobs.versionFiles(id.value(), version.number())) {
                roles.put(key, "data");
            }
            for (Distribution d : version.distributions()) {
                if (d.sha256() != null && roles.containsKey(d.blobKey())) {
                    expected.put(d.blobKey(), d.sha256());
                }
            }
        }
        Quarantine quarantine;
        try {
            quarantine = blobs.quarantine(List.copyOf(roles.keySet()));
        } catch (UncheckedIOException e) {
            throw new PlatformException(ErrorCode.RETENTION_DELETION_FAILED, PrivacyCode.FILES_UNAVAILABLE,
                    Map.of("version", version.number(), "reason", String.valueOf(e.getCause().getMessage())));
        }
        RetentionDeletion deletion;
        try {
            List<RetentionDeletion.File> files = new ArrayList<>();
            for (String key : quarantine.keys()) {
                String sha256 = quarantine.sha256(key);
                if (expected.containsKey(key) && !expected.get(key).equals(sha256)) {
                    throw new PlatformException(ErrorCode.RETENTION_DELETION_FAILED, PrivacyCode.CHECKSUM_MISMATCH,
                            Map.of("key", key));
                }
                files.add(new RetentionDeletion.File(key, roles.get(key), sha256, quarantine.size(key), true));
            }
            if (keepRaw) {
                files.add(new RetentionDeletion.File(version.rawKey(), "raw", version.rawSha256(), version.rawSize(),
                        false));
            }
            deletion = new RetentionDeletion(UUID.randomUUID(), id, version.id(), version.number(),
                    version.current(), period.period().toString(), expiresAt, caller.id(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), files);
            transactions.executeWithoutResult(status -> {
                catalog.markVersionDataDeleted(id, version.id(), caller);
                store.insert(deletion);
                audit.record(caller, "retention.delete", id.value(), version.id(), Map.of(
                        "version", Integer.toString(version.number()),
                        "current", Boolean.toString(version.current()),
                        "period", period.period().toString(),
                        "deleted", Long.toString(files.stream().filter(RetentionDeletion.File::deleted).count())));
            });
        } catch (IOException e) {
            quarantine.restore();
            throw new PlatformException(ErrorCode.RETENTION_DELETION_FAILED, PrivacyCode.FILES_UNAVAILABLE,
                    Map.of("version", version.number(), "reason", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            quarantine.restore();
            throw e;
        }
        try {
            quarantine.purge();
        } catch (UncheckedIOException e) {
            // the catalogue and the log say deleted; the files are out of the store, under tmp/
            LOG.warn("Retention: files of version {} of dataset {} are out of the store but not yet deleted: {}",
                    version.number(), id.value(), e.getMessage());
        }
        return deletion;
    }

    private static Instant expiresAt(VersionFiles version, RetentionPeriod period) {
        return version.createdAt().atOffset(ZoneOffset.UTC).plus(period.period()).toInstant();
    }

    private static PlatformException refused(PrivacyCode code, Map<String, ?> arguments) {
        return new PlatformException(ErrorCode.RETENTION_REFUSED, code, arguments);
    }

    /** Who reads the report and the log: beheerder, data-eigenaar, functionaris-gegevensbescherming. */
    public static boolean mayRead(Caller caller) {
        return ProcessingActivities.mayEdit(caller);
    }

    private static void requireReader(Caller caller) {
        if (!mayRead(caller)) {
            throw PrivacyRules.denied(caller, "read the retention report");
        }
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.hasRole(Caller.ROLE_ADMINISTRATOR)) {
            throw PrivacyRules.denied(caller, "delete data (the beheerder does)");
        }
    }

}
