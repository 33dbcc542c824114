// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.Harvest;
import nl.datakraam.catalog.MetadataPatch;
import nl.datakraam.catalog.MetadataPatches;
import nl.datakraam.catalog.NewDataset;
import nl.datakraam.catalog.Organisations;
import nl.datakraam.catalog.Vocabularies;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.HarvestCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Harvest sources and their runs ({@code /v1/harvest-sources}). A run reads every page of the source first (a
 * failure there imports nothing and is the run's error), then imports each record in a transaction of its own:
 * <ul>
 *   <li>new (original identifier not seen before from this source): a dataset is registered, owned by the account
 *       that added the source, and described from the record;
 *   <li>seen before with other content: its dataset is described again (so a re-harvest updates, never
 *       duplicates); with the same content: unchanged;
 *   <li>a record that cannot be imported (a value the catalogue refuses) is counted as failed with the reason;
 *   <li>records of earlier runs missing from a completely read source are marked gone on their dataset (kept and
 *       shown as such, never deleted silently); a record that comes back loses the mark. A source that answers
 *       with no record at all marks nothing gone and is reported ({@code harvest.no-records}).
 * </ul>
 * Non-public records (CKAN {@code private}, DCAT access rights other than PUBLIC) are imported as {@code intern}:
 * staff see them, the public never does. Runs of one source are serialised on this node.
 */
@Service
public class Harvester {

    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);
    private static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(5);

    private final HarvestSources sources;
    private final SourcePages pages;
    private final Catalog catalog;
    private final MetadataPatches patches;
    private final Organisations organisations;
    private final Authorization authorization;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    Harvester(HarvestSources sources, SourcePages pages, Catalog catalog, MetadataPatches patches,
            Organisations organisations, Authorization authorization, TransactionTemplate transactions, Clock clock) {
        this.sources = sources;
        this.pages = pages;
        this.catalog = catalog;
        this.patches = patches;
        this.organisations = organisations;
        this.authorization = authorization;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Adds a source; its first scheduled harvest is one interval from now ({@link #run} harvests at once).
     *
     * @param interval ISO 8601 duration ({@code P1D}, {@code PT6H}), at least five minutes
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for a caller who
     *     may not create datasets; {@link ErrorCode#INVALID_PARAMETER} naming the field for a missing name, a kind
     *     other than {@code ckan}/{@code dcat}, a URL that is not http(s), a bad interval;
     *     {@link ErrorCode#ORGANISATION_NOT_FOUND} for an unknown organisation
     */
    public HarvestSource add(@Nullable String name, @Nullable String kind, @Nullable String url,
            @Nullable String interval, @Nullable String organisation, Caller caller) {
        authorization.requireCreate(caller);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw invalid("name", "name is required, at most 200 characters.");
        }
        HarvestKind k = HarvestKind.fromCode(kind == null ? "" : kind.strip().toLowerCase(java.util.Locale.ROOT));
        if (url == null || !url.strip().matches("(?i)https?://\\S+") || url.length() > 2000 || !isUri(url.strip())) {
            throw invalid("url", "url must be an http(s) URL: the CKAN site or the first page of the DCAT endpoint.");
        }
        Duration every;
        try {
            every = Duration.parse(interval == null ? "P1D" : interval.strip());
        } catch (DateTimeParseException e) {
            throw invalid("interval", "interval must be an ISO 8601 duration such as P1D or PT6H.");
        }
        if (every.compareTo(SHORTEST_INTERVAL) < 0) {
            throw invalid("interval", "interval must be at least PT5M.");
        }
        if (organisation != null && organisations.find(organisation).isEmpty()) {
            throw new PlatformException(ErrorCode.ORGANISATION_NOT_FOUND, "No organisation " + organisation + ".",
                    Map.of("organisationId", organisation));
        }
        Instant now = clock.instant();
        HarvestSource source = new HarvestSource(UUID.randomUUID().toString(), name.strip(), k, url.strip(), every,
                organisation, caller.id(), now, now.plus(every), null);
        sources.add(source);
        return source;
    }

    /** Every source, for a caller who may create datasets. */
    public List<HarvestSource> all(Caller caller) {
        authorization.requireCreate(caller);
        return sources.all();
    }

    /**
     * One source with its last run.
     *
     * @throws PlatformException {@link ErrorCode#HARVEST_SOURCE_NOT_FOUND}; as {@link #all} for the caller
     */
    public HarvestSource get(String id, Caller caller) {
        authorization.requireCreate(caller);
        return sources.find(id).orElseThrow(() -> new PlatformException(ErrorCode.HARVEST_SOURCE_NOT_FOUND,
                "No harvest source " + id + ".", Map.of("sourceId", id)));
    }

    /**
     * Harvests the source now and schedules the next run one interval later.
     *
     * @return the source with this run as its last
     * @throws PlatformException as {@link #get}
     */
    public HarvestSource run(String id, Caller caller) {
        HarvestSource source = get(id, caller);
        harvest(source);
        return sources.find(id).orElseThrow();
    }

    /** Harvests every source whose scheduled time has come (the scheduler's round). */
    public void runDue() {
        for (String id : sources.due(clock.instant())) {
            sources.find(id).ifPresent(source -> {
                try {
                    harvest(source);
                } catch (RuntimeException e) {
                    LOG.error("Harvest of source {} failed unexpectedly", id, e);
                }
            });
        }
    }

    private void harvest(HarvestSource source) {
        ReentrantLock lock = running.computeIfAbsent(source.id(), k -> new ReentrantLock());
        lock.lock();
        try {
            Instant started = clock.instant();
            HarvestRun run;
            try {
                run = imported(source, pages.read(source), started);
            } catch (HarvestFailure failure) {
                run = HarvestRun.failed(started, clock.instant(), failure.problem());
            }
            sources.finished(source.id(), run, clock.instant().plus(source.interval()));
            LOG.info("Harvested {} ({}): {} new, {} updated, {} unchanged, {} gone, {} failed, {} errors",
                    source.name(), source.id(), run.created(), run.updated(), run.unchanged(), run.gone(),
                    run.failed(), run.errors().size());
        } finally {
            lock.unlock();
        }
    }

    private HarvestRun imported(HarvestSource source, SourcePages.Read read, Instant started) {
        Caller caller = Caller.system("harvest");
        Map<String, HarvestSources.Imported> before = sources.records(source.id());
        List<Message> problems = new ArrayList<>(read.problems());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int failed = 0;
        Set<String> present = new HashSet<>();
        for (HarvestedRecord record : read.records()) {
            present.add(record.original());
            HarvestSources.Imported earlier = before.get(record.original());
            if (record.licenceLabel() != null) {
                problems.add(Message.of(HarvestCode.LICENCE_UNKNOWN, Map.of("record", record.title(), "licence",
                        record.licenceLabel())));
            }
            try {
                if (earlier != null && earlier.fingerprint().equals(record.fingerprint())
                        && catalog.find(earlier.dataset(), caller).map(d -> d.harvest() != null
                                && d.harvest().goneAt() == null).orElse(false)) {
                    unchanged++;
                    continue;
                }
                transactions.executeWithoutResult(status -> save(source, record, earlier, caller));
                if (earlier == null) {
                    created++;
                } else {
                    updated++;
                }
            } catch (PlatformException e) {
                failed++;
                problems.add(Message.of(HarvestCode.RECORD_FAILED, Map.of("record", record.title(), "reason",
                        e.getMessage() + (e.details().get("field") == null ? ""
                                : " (" + e.details().get("field") + ")"))));
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Record {} of harvest source {} failed unexpectedly", record.original(), source.id(), e);
                problems.add(Message.of(HarvestCode.RECORD_FAILED, Map.of("record", record.title(), "reason",
                        "an unexpected " + e.getClass().getSimpleName() + "; the server log has the details.")));
            }
        }
        int gone = 0;
        if (read.records().isEmpty()) {
            // an empty answer is far likelier a broken endpoint than a catalogue that emptied itself
            problems.add(Message.of(HarvestCode.NO_RECORDS, Map.of("url", source.url())));
        } else if (read.complete()) {
            Instant now = clock.instant();
            for (var entry : before.entrySet()) {
                if (!present.contains(entry.getKey()) && catalog.find(entry.getValue().dataset(), caller)
                        .map(d -> d.harvest() != null && d.harvest().goneAt() == null).orElse(false)) {
                    catalog.harvestGone(entry.getValue().dataset(), now);
                    gone++;
                }
            }
        }
        return new HarvestRun(started, clock.instant(), created, updated, unchanged, gone, failed, List.of(),
                problems);
    }

    /** Registers (when new) and describes the record's dataset, and remembers what was imported. */
    private void save(HarvestSource source, HarvestedRecord record, HarvestSources.@Nullable Imported earlier,
            Caller caller) {
        Map<String, @Nullable Object> members = new LinkedHashMap<>(record.members());
        members.put("accessLevel", (record.nonPublic() ? AccessLevel.INTERN : AccessLevel.OPENBAAR).code());
        if (source.organisation() != null) {
            members.remove("publisher");
            members.put("organisation", source.organisation());
        } else if (members.get("publisher") instanceof String publisher && publisher.matches("(?i)https?://.*")
                && organisations.all().stream().noneMatch(o -> o.uri().equals(publisher))
                && Vocabularies.organisations().stream().noneMatch(c -> c.iri().equals(publisher))) {
            members.remove("publisher"); // an agent IRI we cannot name: the dataset stays with the default
        }
        if (record.licenceLabel() != null) {
            members.put("licence", null);
        }
        String title = String.valueOf(members.getOrDefault("title", record.original()));
        members.putIfAbsent("title", title);
        DatasetId id = earlier != null && catalog.find(earlier.dataset(), caller).isPresent() ? earlier.dataset()
                : catalog.register(new NewDataset(title.length() > 500 ? title.substring(0, 500) : title, null,
                        record.nonPublic() ? AccessLevel.INTERN : AccessLevel.OPENBAAR, source.createdBy(),
                        source.organisation()));
        Dataset current = catalog.get(id, caller);
        patches.applyHarvested(current, MetadataPatch.of(members), new Harvest(source.id(), source.name(),
                record.original(), clock.instant(), null, record.licenceLabel(), record.links()), caller);
        sources.saveRecord(source.id(), record.original(), id, record.fingerprint());
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static PlatformException invalid(String field, String message) {
        return new PlatformException(ErrorCode.INVALID_PARAMETER, message, Map.of("parameter", field, "field",
                field));
    }
}
