// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.MetadataPatch;
import nl.datakraam.catalog.MetadataPatches;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.ingest.VersionMode;
import nl.datakraam.privacy.anonymise.AnonymisationException;
import nl.datakraam.privacy.anonymise.AnonymisationPlan;
import nl.datakraam.privacy.anonymise.Anonymiser;
import nl.datakraam.privacy.anonymise.Preview;
import nl.datakraam.privacy.anonymise.PseudonymKey;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anonymisation of datasets (issue 9; {@code docs/anonymisation.md}): a plan per dataset, its preview, and its
 * application, which writes the anonymised table of the current version to Parquet (DuckDB, {@code libs/privacy})
 * and ingests it through the normal path as a new version of the dataset's anonymised copy — a dataset of its own,
 * registered on the first application with access level {@code intern}, linked to its source, and published only
 * through the publication gate. The source is never changed. Plans, applications and re-identification questions go
 * to the audit log (facts only: fields, counts, the reason given; never values, pseudonyms or the key).
 *
 * <p>Who: the plan and its preview are for those who may edit the dataset (beheerder, data-eigenaar) and the
 * functionaris gegevensbescherming who may read it; applying it for those who may edit it and create datasets;
 * re-identification for the functionaris gegevensbescherming and the beheerder. A dataset the caller may not read
 * is absent (404).
 */
@Service
public class Anonymisation {

    private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);
    private static final int MAX_REASON = 200; // what the audit log keeps of a detail

    private final Catalog catalog;
    private final MetadataPatches patches;
    private final IngestService ingest;
    private final BlobStore blobs;
    private final Authorization authorization;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AnonymisationSettings settings;
    private volatile @Nullable PseudonymKey key;

    Anonymisation(Catalog catalog, MetadataPatches patches, IngestService ingest, BlobStore blobs,
            Authorization authorization, AuditLog audit, JdbcClient jdbc, JsonMapper json, Clock clock,
            AnonymisationSettings settings) {
        this.catalog = catalog;
        this.patches = patches;
        this.ingest = ingest;
        this.blobs = blobs;
        this.authorization = authorization;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A dataset's anonymisation: its plan (null when none is saved), the fields of its current version with their
     * types (empty without data), its anonymised copies (newest first), and, for a copy, its source.
     */
    public record Overview(@Nullable AnonymisationSpec plan, Map<String, String> fields, List<AnonymisedCopy> copies,
            PublicationRule.@Nullable Source sourceOf) {
    }

    /** What an application started: the copy, its ingest job, and what the plan did. */
    public record Applied(DatasetId copy, UUID jobId, Preview preview) {
    }

    /**
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not readable;
     *     {@link ErrorCode#LOGIN_REQUIRED}/{@link ErrorCode#NOT_ALLOWED} for callers who may not plan
     */
    public Overview overview(DatasetId id, Caller caller) {
        Dataset dataset = plannable(id, caller);
        return new Overview(savedPlan(id).orElse(null), fields(dataset), copiesOf(id),
                sourceOf(id).orElse(null));
    }

    /**
     * Saves the dataset's plan, replacing any before, after checking it against the current version's fields.
     *
     * @throws PlatformException {@link ErrorCode#ANONYMISATION_INVALID} ({@code details.problem}, {@code details.field})
     *     when it does not fit; and as {@link #overview}
     */
    public AnonymisationSpec save(DatasetId id, AnonymisationSpec spec, Caller caller) {
        Dataset dataset = plannable(id, caller);
        AnonymisationPlan plan = spec.toPlan(domain(id));
        Map<String, String> fields = fields(dataset);
        if (!fields.isEmpty()) {
            try {
                Anonymiser.check(plan, fields);
            } catch (AnonymisationException e) {
                throw AnonymisationSpec.invalid(e);
            }
        }
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String stored = json.writeValueAsString(spec);
        int updated = jdbc.sql("update anonymisation_plan set plan = :plan, saved_by = :by, saved_at = :at"
                        + " where dataset_id = :id")
                .param("plan", stored).param("by", caller.id()).param("at", now).param("id", id.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into anonymisation_plan (dataset_id, plan, saved_by, saved_at) values (:id, :plan, :by,"
                            + " :at)")
                    .param("id", id.value()).param("plan", stored).param("by", caller.id()).param("at", now).update();
        }
        audit.record(caller, "privacy.anonymisation-plan", id.value(), null, Map.of("operations",
                String.join(",", spec.operations().stream().map(s -> s.field() + ":" + s.operation()).toList()),
                "quasiIdentifiers", String.join(",", spec.quasiIdentifiers()), "k", String.valueOf(spec.k())));
        return spec;
    }

    /**
     * What a plan ({@code spec}, or the saved one when null) would do to the current version: k before and after,
     * rows suppressed, information lost, the first rows of the result. Nothing is written.
     *
     * @throws PlatformException {@link ErrorCode#ANONYMISATION_NOT_POSSIBLE} ({@code no-plan}, {@code no-data});
     *     {@link ErrorCode#ANONYMISATION_INVALID}; and as {@link #overview}
     */
    public Preview preview(DatasetId id, @Nullable AnonymisationSpec spec, Caller caller) {
        Dataset dataset = plannable(id, caller);
        AnonymisationSpec chosen = spec != null ? spec : savedPlan(id).orElseThrow(() -> notPossible("no-plan"));
        try {
            AnonymisationPlan plan = chosen.toPlan(domain(id));
            Path source = parquet(dataset);
            return withAnonymiser(a -> a.preview(source, plan, settings.sampleRows()));
        } catch (AnonymisationException e) {
            throw AnonymisationSpec.invalid(e);
        } catch (SQLException e) {
            throw failed(id, e);
        }
    }

    /**
     * Applies the saved plan to the current version: writes the anonymised Parquet and ingests it as a new version of
     * the dataset's anonymised copy (registered now, {@code intern}, on the first application). Returns when the file
     * is stored and the ingest job queued.
     *
     * @throws PlatformException {@link ErrorCode#ANONYMISATION_NOT_POSSIBLE} ({@code no-plan}, {@code no-data});
     *     {@link ErrorCode#ANONYMISATION_INVALID} when the plan no longer fits the current version; as
     *     {@link Catalog#editable}; {@link ErrorCode#NOT_ALLOWED} for a caller who may not create datasets
     */
    public Applied apply(DatasetId id, Caller caller) {
        Dataset dataset = catalog.editable(id, caller);
        authorization.requireCreate(caller);
        AnonymisationSpec spec = savedPlan(id).orElseThrow(() -> notPossible("no-plan"));
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw notPossible("no-data");
        }
        Path target = blobs.temporaryFile(".parquet");
        try {
            Preview done;
            try {
                AnonymisationPlan plan = spec.toPlan(domain(id));
                Path source = parquet(dataset);
                done = withAnonymiser(a -> a.apply(source, plan, target));
            } catch (AnonymisationException e) {
                throw AnonymisationSpec.invalid(e);
            } catch (SQLException e) {
                throw failed(id, e);
            }
            Optional<DatasetId> existing = copiesOf(id).stream().map(AnonymisedCopy::copy).findFirst()
                    .filter(copy -> catalog.find(copy, caller).isPresent());
            String filename = dataset.slug() + "-geanonimiseerd.parquet";
            IngestSubmission submission;
            try (InputStream content = Files.newInputStream(target)) {
                submission = existing.isPresent()
                        ? ingest.submitVersion(existing.get(), filename, content, VersionMode.REPLACE, false, caller)
                        : ingest.submit(filename, content, copyTitle(dataset.title()), AccessLevel.INTERN, caller);
            }
            DatasetId copy = submission.datasetId();
            if (existing.isEmpty()) {
                describeCopy(copy, dataset, caller);
            }
            jdbc.sql("""
                    insert into anonymised_copy (id, copy_dataset_id, source_dataset_id, source_version_id,
                        source_title, plan, rows_kept, rows_suppressed, k_reached, applied_by, applied_at)
                    values (:id, :copy, :source, :version, :title, :plan, :kept, :suppressed, :k, :by, :at)""")
                    .param("id", UUID.randomUUID()).param("copy", copy.value()).param("source", id.value())
                    .param("version", version.id()).param("title", cut(dataset.title(), 500))
                    .param("plan", json.writeValueAsString(spec)).param("kept", done.keptRows())
                    .param("suppressed", done.suppressedRows()).param("k", done.k()).param("by", caller.id())
                    .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
            audit.record(caller, "privacy.anonymisation-apply", id.value(), version.id(), Map.of("copy",
                    copy.value().toString(), "rowsKept", Long.toString(done.keptRows()), "rowsSuppressed",
                    Long.toString(done.suppressedRows()), "k", Long.toString(done.k())));
            return new Applied(copy, submission.jobId().value(), done);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                log.warn("Could not delete the temporary file {}", target, e);
            }
        }
    }

    /**
     * The pseudonym a candidate value has in a pseudonymised field of the dataset (or of its anonymised copy): the
     * one way back from a pseudonym, for the functionaris gegevensbescherming and the beheerder, each question
     * recorded in the audit log with who asked, about which dataset and field, and why (never the value or the
     * answer). The mapping itself is never listed.
     *
     * @param dataset the source dataset or its anonymised copy
     * @param field   a field the source's plan pseudonymises
     * @param value   the candidate original value, as DuckDB writes it as text (e.g. {@code 2024-03-17}, {@code 42})
     * @param reason  why it is asked (a case number, a request of a data subject): required, at most 200
     *                characters (as much as the audit log keeps of a detail)
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when not readable;
     *     {@link ErrorCode#NOT_ALLOWED}/{@link ErrorCode#LOGIN_REQUIRED} for other roles;
     *     {@link ErrorCode#INVALID_PARAMETER} for a missing or too long reason or a field the plan does not
     *     pseudonymise
     */
    public String pseudonymOf(DatasetId dataset, String field, String value, String reason, Caller caller) {
        catalog.get(dataset, caller);
        if (!caller.hasRole(Caller.ROLE_PRIVACY_OFFICER) && !caller.hasRole(Caller.ROLE_ADMINISTRATOR)) {
            throw caller.isAnonymous() ? new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to re-identify.")
                    : new PlatformException(ErrorCode.NOT_ALLOWED, "Only the functionaris gegevensbescherming and the"
                            + " beheerder may re-identify.", Map.of("caller", caller.id()));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, nl.datakraam.shared.RequestCode.LENGTH,
                    Map.of("parameter", "reason", "minLength", 1, "maxLength", MAX_REASON, "length",
                            reason == null ? 0 : reason.strip().length()));
        }
        DatasetId source = sourceOf(dataset).map(PublicationRule.Source::id).orElse(dataset);
        List<AnonymisationSpec> plans = new java.util.ArrayList<>();
        savedPlan(source).ifPresent(plans::add);
        jdbc.sql("select plan from anonymised_copy where source_dataset_id = :id").param("id", source.value())
                .query(String.class).list().forEach(p -> plans.add(json.readValue(p, AnonymisationSpec.class)));
        boolean pseudonymised = plans.stream().flatMap(p -> p.operations().stream())
                .anyMatch(s -> s.field().equals(field) && "pseudonymise".equals(s.operation()));
        audit.record(caller, "privacy.re-identify", dataset.value(), null, Map.of("field", field, "reason",
                reason.strip(), "source", source.value().toString()), pseudonymised ? AuditLog.OK : "refused");
        if (!pseudonymised) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, nl.datakraam.shared.RequestCode.CHOICE,
                    Map.of("parameter", "field", "allowed", plans.stream().flatMap(p -> p.operations().stream())
                            .filter(s -> "pseudonymise".equals(s.operation())).map(AnonymisationSpec.Step::field)
                            .distinct().toList()));
        }
        return key().pseudonym(domain(source), value);
    }

    /**
     * For an anonymised copy, the dataset it was made from (id and title at the time); empty for any other dataset.
     * For the publication gate: no caller, no audit.
     */
    public Optional<PublicationRule.Source> sourceOf(DatasetId copy) {
        return jdbc.sql("""
                select source_dataset_id, source_title from anonymised_copy where copy_dataset_id = :id
                order by applied_at desc fetch first 1 rows only""")
                .param("id", copy.value())
                .query((rs, n) -> new PublicationRule.Source(new DatasetId(rs.getObject(1, UUID.class)),
                        rs.getString(2)))
                .optional();
    }

    private List<AnonymisedCopy> copiesOf(DatasetId source) {
        return jdbc.sql("""
                select copy_dataset_id, source_dataset_id, source_version_id, rows_kept, rows_suppressed, k_reached,
                    applied_by, applied_at
                from anonymised_copy where source_dataset_id = :id order by applied_at desc""")
                .param("id", source.value())
                .query((rs, n) -> new AnonymisedCopy(new DatasetId(rs.getObject(1, UUID.class)),
                        new DatasetId(rs.getObject(2, UUID.class)), rs.getObject(3, UUID.class), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    private Optional<AnonymisationSpec> savedPlan(DatasetId id) {
        return jdbc.sql("select plan from anonymisation_plan where dataset_id = :id").param("id", id.value())
                .query(String.class).optional().map(p -> json.readValue(p, AnonymisationSpec.class));
    }

    private Dataset plannable(DatasetId id, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        if (!authorization.mayEdit(caller, id.value(), dataset.accessLevel())
                && !caller.hasRole(Caller.ROLE_PRIVACY_OFFICER)) {
            throw caller.isAnonymous() ? new PlatformException(ErrorCode.LOGIN_REQUIRED, "Sign in to anonymise.")
                    : new PlatformException(ErrorCode.NOT_ALLOWED, "You may not anonymise this dataset.",
                            Map.of("caller", caller.id()));
        }
        return dataset;
    }

    private void describeCopy(DatasetId copy, Dataset source, Caller caller) {
        Map<String, @Nullable Object> members = new HashMap<>();
        members.put("description", "Geanonimiseerde kopie van de dataset '" + cut(source.title(), 300)
                + "', gemaakt met een anonimiseringsplan (docs/anonymisation.md). / Anonymised copy of the dataset.");
        members.put("provenance", "Afgeleid van dataset " + source.id().value() + " door anonimisering.");
        patches.apply(catalog.get(copy, caller), MetadataPatch.of(members), caller);
    }

    private Map<String, String> fields(Dataset dataset) {
        if (dataset.currentVersion() == null) {
            return Map.of();
        }
        try {
            Path source = parquet(dataset);
            return withAnonymiser(a -> a.fields(source));
        } catch (SQLException e) {
            throw failed(dataset.id(), e);
        }
    }

    private Path parquet(Dataset dataset) {
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw notPossible("no-data");
        }
        Distribution parquet = version.distribution("parquet").orElseThrow(() -> notPossible("no-data"));
        return blobs.path(parquet.blobKey());
    }

    /** Work for the engine, with a scratch directory of its own in the blob store's tmp/, removed afterwards. */
    private interface Work<T> {
        T run(Anonymiser anonymiser) throws SQLException;
    }

    private <T> T withAnonymiser(Work<T> work) throws SQLException {
        Path scratch = blobs.temporaryFile("-anonymise");
        try {
            return work.run(new Anonymiser(key(), new Anonymiser.Settings(
                    (int) settings.duckdbMemoryLimit().toMegabytes(), settings.duckdbThreads(), scratch)));
        } finally {
            blobs.deleteTree(scratch);
        }
    }

    private PseudonymKey key() {
        PseudonymKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                loaded = key;
                if (loaded == null) {
                    try {
                        loaded = PseudonymKey.loadOrCreate(settings.pseudonymKeyFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read or create the pseudonym key file "
                                + settings.pseudonymKeyFile() + " (datakraam.privacy.anonymisation"
                                + ".pseudonym-key-file)", e);
                    }
                    key = loaded;
                }
            }
        }
        return loaded;
    }

    /** Pseudonyms are per source dataset: the same value in another dataset gets another pseudonym. */
    private static String domain(DatasetId source) {
        return source.value().toString();
    }

    private static String copyTitle(String title) {
        return cut(title, 480) + " (geanonimiseerd)";
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static PlatformException notPossible(String problem) {
        return new PlatformException(ErrorCode.ANONYMISATION_NOT_POSSIBLE, switch (problem) {
            case "no-plan" -> "This dataset has no anonymisation plan yet; save a plan first.";
            default -> "This dataset has no data to anonymise yet.";
        }, Map.of("problem", problem));
    }

    private static IllegalStateException failed(DatasetId id, SQLException e) {
        return new IllegalStateException("DuckDB could not anonymise the Parquet of dataset " + id.value(), e);
    }
}
