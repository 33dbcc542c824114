// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Account;
import nl.datakraam.access.Accounts;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetMetadata;
import nl.datakraam.catalog.DcatProperties;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.ingest.VersionMode;
import nl.datakraam.query.infra.DuckDbSandbox;
import nl.datakraam.query.infra.LineageStore;
import nl.datakraam.query.infra.SandboxTable;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.QueryCode;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derived datasets: a saved query's whole answer as a catalogue dataset, with its lineage (the exact source versions
 * each of its versions read), refreshed as its owner whenever a source gets a new version.
 *
 * <p>The answer is written as Parquet by DuckDB in the sandbox ({@link DuckDbSandbox#copyToParquet}: the caller's
 * tables only, the configured time and memory limits, no row limit, no row through this process) and enters the
 * catalogue through the normal ingest of a Parquet file ({@link IngestService}), so profile, quality, search and
 * downloads work as for any dataset, and creating one takes the right to create datasets. Its access level is the
 * most restrictive of its sources' levels ({@code openbaar < intern < beperkt < vertrouwelijk}; {@code intern} for a
 * query that reads no dataset), never more open; opening it up later is the normal access-level change.
 */
@Service
public class DerivedDatasets {

    private static final Logger log = LoggerFactory.getLogger(DerivedDatasets.class);

    /** The platform reading datasets to attach versions and find dependants; not recorded as people's reads. */
    private static final Caller SYSTEM = Caller.system("derived");

    private final SavedQueries savedQueries;
    private final Catalog catalog;
    private final BlobStore blobs;
    private final DuckDbSandbox sandbox;
    private final IngestService ingest;
    private final Authorization authorization;
    private final Accounts accounts;
    private final LineageStore lineage;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DerivedDatasets(SavedQueries savedQueries, Catalog catalog, BlobStore blobs, DuckDbSandbox sandbox,
            IngestService ingest, Authorization authorization, Accounts accounts, LineageStore lineage,
            AuditLog audit, Clock clock, TransactionTemplate transactions) {
        this.savedQueries = savedQueries;
        this.catalog = catalog;
        this.blobs = blobs;
        this.sandbox = sandbox;
        this.ingest = ingest;
        this.authorization = authorization;
        this.accounts = accounts;
        this.lineage = lineage;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Makes a new derived dataset of a saved query: runs it as the caller, registers the dataset (its title, a
     * description and provenance that say what it is derived from, the most restrictive level of its sources) and
     * queues the ingest of the answer. The dataset, its lineage and the ingest job are created together or not at
     * all.
     *
     * @param title       the dataset's title; null or blank for the query's title
     * @param description the dataset's description; null or blank for one that says what it is derived from
     * @throws PlatformException {@link ErrorCode#SAVED_QUERY_NOT_FOUND} as {@link SavedQueries#get};
     *     {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for a caller who may not create datasets;
     *     {@link ErrorCode#QUERY_REJECTED} ({@link QueryCode#DERIVE_NEEDS_ACCOUNT}) for a caller without an account
     *     (the bootstrap token), whose dataset could never be refreshed; the sandbox's faults when the query does not
     *     run for the caller (a table the caller may not read does not exist for it); nothing is created then
     */
    public DerivedSubmission create(UUID savedQueryId, @Nullable String title, @Nullable String description,
            Caller caller) {
        SavedQuery query = savedQueries.get(savedQueryId, caller);
        authorization.requireCreate(caller);
        if (accounts.find(caller.id()).isEmpty()) {
            // refreshes run as the account that made it; a caller without one would leave it stale for ever
            throw new PlatformException(ErrorCode.QUERY_REJECTED, QueryCode.DERIVE_NEEDS_ACCOUNT, Map.of());
        }
        String datasetTitle = title == null || title.isBlank() ? query.title() : title.strip();
        Answer answer = answer(query.sql(), caller);
        try {
            return transactions.execute(status -> {
                IngestSubmission submission;
                try (InputStream in = Files.newInputStream(answer.file())) {
                    submission = ingest.submit(fileName(datasetTitle), in, datasetTitle, answer.level(), caller);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Dataset dataset = catalog.get(submission.datasetId(), caller);
                var metadata = DatasetMetadata.of(dataset);
                String text = description == null || description.isBlank() ? defaultDescription(query, answer)
                        : description.strip();
                catalog.describe(dataset.id(), new DatasetMetadata(metadata.title(), text,
                        metadata.organisationId(), metadata.licence(), metadata.keywords(), metadata.accessLevel(),
                        metadata.updateFrequency(), withProvenance(metadata.properties(), provenance(query.sql(),
                                answer))), caller);
                Instant now = clock.instant();
                lineage.insertDerived(dataset.id().value(), query.id(), caller.id(), query.sql(), now);
                lineage.insertRun(new LineageStore.Run(UUID.randomUUID(), dataset.id().value(),
                        submission.jobId().value(), answer.sha256(), null, now), answer.lineage());
                savedQueries.ran(query, now);
                audit.record(caller, "derived.create", dataset.id().value(), null, Map.of("savedQueryId",
                        query.id().toString(), "accessLevel", answer.level().code()));
                return new DerivedSubmission(dataset.id(), submission.jobId(), answer.level());
            });
        } finally {
            deleteQuietly(answer.file());
        }
    }

    /**
     * Where a dataset comes from and where it is used, as the caller may see it: a source the caller may not read
     * is listed without its identity, and only derived datasets the caller may read are listed as uses. The owner
     * and a failed refresh's reason are shown only to the owner and to those who may change the dataset; the SQL
     * (which names the sources' tables and fields) only to them and to a caller who may read every source.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not readable by the caller
     */
    public Lineage lineage(DatasetId id, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        List<Lineage.DerivedUse> usedIn = catalog.findAll(lineage.derivedReading(id.value()).stream()
                        .map(DatasetId::new).toList(), caller).stream()
                .sorted(Comparator.comparing(Dataset::title, String.CASE_INSENSITIVE_ORDER))
                .map(d -> new Lineage.DerivedUse(d.id().value(), d.title(), d.slug())).toList();
        Optional<LineageStore.Derived> derived = lineage.derived(id.value());
        if (derived.isEmpty()) {
            return new Lineage(false, null, null, null, List.of(), null, null, usedIn);
        }
        UUID current = dataset.currentVersion() == null ? null : dataset.currentVersion().id();
        Optional<LineageStore.Run> run = lineage.runOf(id.value(), current);
        List<LineageStore.Source> sources = run.map(r -> lineage.sources(r.id())).orElse(List.of());
        Map<DatasetId, Dataset> readable = catalog.findAll(sources.stream()
                        .map(s -> new DatasetId(s.datasetId())).toList(), caller).stream()
                .collect(Collectors.toMap(Dataset::id, Function.identity()));
        List<LineageSource> shown = new ArrayList<>();
        for (LineageStore.Source source : sources) {
            Dataset read = readable.get(new DatasetId(source.datasetId()));
            shown.add(read == null ? new LineageSource(null, null, null, null, source.versionNumber(), false, false)
                    : new LineageSource(read.id().value(), read.title(), read.slug(), source.versionId(),
                            source.versionNumber(), read.currentVersion() != null
                                    && read.currentVersion().id().equals(source.versionId()), true));
        }
        shown.sort(Comparator.comparing((LineageSource s) -> !s.readable())
                .thenComparing(s -> s.title() == null ? "" : s.title(), String.CASE_INSENSITIVE_ORDER));
        LineageStore.Derived stored = derived.get();
        // the owner's account id (a person's name) and why a refresh failed are for those who look after the dataset
        boolean steward = caller.id().equals(stored.owner())
                || authorization.mayEdit(caller, id.value(), dataset.accessLevel());
        Lineage.RefreshError error = stored.errorCode() == null || !steward ? null : new Lineage.RefreshError(
                stored.errorCode(), stored.errorArguments(), String.valueOf(stored.errorMessage()),
                stored.refreshedAt() == null ? stored.createdAt() : stored.refreshedAt());
        // the SQL names its sources' tables and fields: only for who may read them all, or looks after the dataset
        boolean readsAll = shown.stream().allMatch(LineageSource::readable);
        return new Lineage(true, run.map(LineageStore.Run::versionId).orElse(null),
                steward || readsAll ? stored.sql() : null, steward ? stored.owner() : null, shown,
                stored.refreshedAt(), error, usedIn);
    }

    /**
     * After a version of a dataset committed: when it is the ingest of a derived run, the run gets its version.
     *
     * @return the derived datasets that read the dataset, to refresh
     */
    public List<UUID> versionCommitted(DatasetId id, UUID versionId) {
        catalog.find(id, SYSTEM).map(Dataset::currentVersion)
                .filter(version -> version.id().equals(versionId))
                .ifPresent(version -> lineage.attachVersion(id.value(), version.rawSha256(), versionId));
        return lineage.derivedReading(id.value());
    }

    /** The account a derived dataset is refreshed as; empty when the dataset is not derived. */
    public Optional<String> owner(UUID derivedDatasetId) {
        return lineage.derived(derivedDatasetId).map(LineageStore.Derived::owner);
    }

    /**
     * Refreshes a derived dataset as its owner: runs its SQL again over the sources' current versions and queues the
     * ingest of the answer as a new version (replace), with new lineage. Refuses, leaving the current version as it
     * is and recording why on the derived dataset, when the owner's account is gone, disabled or locked, when the
     * owner may no longer read a source it read before, or when the sources now require a stricter access level
     * than the derived dataset has: access is never widened silently.
     *
     * @param jobId the refresh job, for the lineage of the run it queues
     * @throws RefreshRefused with the reason, after recording it
     */
    public void refresh(UUID derivedDatasetId, UUID jobId) {
        LineageStore.Derived derived = lineage.derived(derivedDatasetId).orElse(null);
        var id = new DatasetId(derivedDatasetId);
        Dataset dataset = derived == null ? null : catalog.find(id, SYSTEM).orElse(null);
        if (dataset == null) {
            return; // no longer derived, or the dataset is gone: nothing to refresh
        }
        Instant now = clock.instant();
        Account account = accounts.find(derived.owner()).filter(Account::enabled)
                .filter(a -> !a.lockedAt(now)).orElse(null);
        if (account == null) {
            throw refused(id, QueryCode.REFRESH_OWNER_GONE, Map.of("owner", derived.owner()));
        }
        Caller owner = account.caller();
        UUID current = dataset.currentVersion() == null ? null : dataset.currentVersion().id();
        List<LineageStore.Source> previous = lineage.runOf(derivedDatasetId, current)
                .map(run -> lineage.sources(run.id())).orElse(List.of());
        Set<DatasetId> readable = catalog.findAll(previous.stream().map(s -> new DatasetId(s.datasetId())).toList(),
                owner).stream().map(Dataset::id).collect(Collectors.toSet());
        if (previous.stream().anyMatch(s -> !readable.contains(new DatasetId(s.datasetId())))) {
            throw refused(id, QueryCode.REFRESH_SOURCE_UNREADABLE, Map.of("owner", derived.owner()));
        }
        Answer answer;
        try {
            answer = answer(derived.sql(), owner);
        } catch (PlatformException e) {
            throw refused(id, QueryCode.REFRESH_FAILED, Map.of("detail", String.valueOf(e.getMessage())));
        }
        try {
            if (answer.level().compareTo(dataset.accessLevel()) > 0) {
                throw refused(id, QueryCode.REFRESH_LEVEL_TOO_OPEN, Map.of("required", answer.level().code(),
                        "level", dataset.accessLevel().code()));
            }
            transactions.executeWithoutResult(status -> {
                IngestSubmission submission;
                try (InputStream in = Files.newInputStream(answer.file())) {
                    submission = ingest.submitVersion(id, fileName(dataset.title()), in, VersionMode.REPLACE, false,
                            owner);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lineage.insertRun(new LineageStore.Run(UUID.randomUUID(), derivedDatasetId,
                        submission.jobId().value(), answer.sha256(), null, now), answer.lineage());
                lineage.refreshed(derivedDatasetId, now);
                audit.record(owner, "derived.refresh", derivedDatasetId, null, Map.of("refreshJobId",
                        jobId.toString(), "ingestJobId", submission.jobId().toString()));
            });
        } catch (PlatformException e) {
            throw refused(id, QueryCode.REFRESH_FAILED, Map.of("detail", String.valueOf(e.getMessage())));
        } finally {
            deleteQuietly(answer.file());
        }
    }

    /** A refresh that did not happen, with the message code and arguments that say why. */
    public static final class RefreshRefused extends RuntimeException {

        private final QueryCode code;
        private final Map<String, Object> arguments;

        RefreshRefused(QueryCode code, Map<String, Object> arguments, String message) {
            super(message);
            this.code = code;
            this.arguments = Map.copyOf(arguments);
        }

        public QueryCode code() {
            return code;
        }

        public Map<String, Object> arguments() {
            return arguments;
        }
    }

    private RefreshRefused refused(DatasetId id, QueryCode code, Map<String, Object> arguments) {
        String message = english(code, arguments);
        lineage.refreshFailed(id.value(), code.key(), arguments, message, clock.instant());
        log.info("Derived dataset {} not refreshed: {}", id, message);
        return new RefreshRefused(code, arguments, message);
    }

    private static String english(QueryCode code, Map<String, Object> arguments) {
        String text = code.englishTemplate();
        for (var argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return text;
    }

    /**
     * A query's whole answer as a Parquet file in the blob store's scratch space (the caller deletes it), with the
     * source versions it read and the access level it needs.
     */
    private record Answer(Path file, String sha256, List<LineageStore.Source> lineage, AccessLevel level,
            List<String> sourceTitles) {
    }

    private Answer answer(String sql, Caller caller) {
        List<ReadableTable> readable = catalog.readableTables(caller);
        Map<String, ReadableTable> byName = new LinkedHashMap<>();
        readable.forEach(table -> byName.put(table.tableName().toLowerCase(Locale.ROOT), table));
        Path target = blobs.temporaryFile(".parquet");
        List<String> used = sandbox.copyToParquet(readable.stream().map(table -> new SandboxTable(table.tableName(),
                blobs.path(table.parquetBlobKey()))).toList(), sql, target);
        try {
            List<ReadableTable> sources = used.stream().map(name -> byName.get(name.toLowerCase(Locale.ROOT)))
                    .filter(java.util.Objects::nonNull).distinct().toList();
            for (ReadableTable source : sources) {
                audit.recordRead(caller, "query.run", source.datasetId().value(), source.versionId(),
                        source.accessLevel());
            }
            AccessLevel level = sources.stream().map(ReadableTable::accessLevel).max(Comparator.naturalOrder())
                    .orElse(AccessLevel.INTERN);
            List<String> titles = catalog.findAll(sources.stream().map(ReadableTable::datasetId).toList(), caller)
                    .stream().map(Dataset::title).sorted(String.CASE_INSENSITIVE_ORDER).toList();
            return new Answer(target, BlobStore.sha256(target), sources.stream()
                    .map(s -> new LineageStore.Source(s.datasetId().value(), s.versionId(), s.versionNumber()))
                    .toList(), level, titles);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static String defaultDescription(SavedQuery query, Answer answer) {
        return "Afgeleide dataset: het antwoord op de opgeslagen query '" + query.title() + "'"
                + (answer.sourceTitles().isEmpty() ? "." : ", over " + String.join(", ", answer.sourceTitles())
                + ".") + " Datakraam maakt hem opnieuw zodra een van de bronnen een nieuwe versie krijgt.";
    }

    /** {@code dct:provenance}: what it is derived from and how, within the catalogue's 20,000 characters. */
    private static String provenance(String sql, Answer answer) {
        String text = "Afgeleid door Datakraam uit "
                + (answer.sourceTitles().isEmpty() ? "geen dataset" : String.join(", ", answer.sourceTitles()))
                + " met deze SQL (DuckDB): " + sql;
        return text.length() <= 20_000 ? text : text.substring(0, 19_999) + "…";
    }

    private static DcatProperties withProvenance(DcatProperties p, String provenance) {
        return new DcatProperties(p.identifier(), p.themes(), p.languages(), p.metadataLanguage(), p.contactPoint(),
                p.authority(), p.landingPage(), p.documentation(), p.conformsTo(), provenance, p.spatial(),
                p.temporalStart(), p.temporalEnd());
    }

    /** The name the answer is ingested under: the title as a file name, ending {@code .parquet}. */
    static String fileName(String title) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "afgeleid" : base.length() > 80 ? base.substring(0, 80) : base) + ".parquet";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove the scratch file {}", file, e);
        }
    }
}
