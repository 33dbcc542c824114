// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.access.DatasetGrant;
import nl.datakraam.access.DatasetGrants;
import nl.datakraam.access.ReadScope;
import nl.datakraam.lib.tabular.FieldNames;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue facade. Every read takes the {@link Caller} and returns only what {@link Authorization} lets that
 * caller see: a dataset the caller may not read is reported as absent, never as forbidden, so that its existence
 * does not leak. One dataset is read through {@link #find} (which asks {@link Authorization#mayRead}); listings filter
 * on the caller's {@link ReadScope}. A dataset without data (its first ingest running or failed) is visible only to
 * those who may create datasets. Listing costs a bounded number of queries (the caller's grants, the count, the
 * page, its distributions and its groups), whatever the page size.
 */
@Service
public class Catalog {

    private static final int TABLE_NAME_LENGTH = 50;

    /**
     * Words DuckDB reserves (its {@code duckdb_keywords()}, categories reserved and type_function): a table named
     * after one could only be queried quoted, so such names get a suffix.
     */
    private static final Set<String> RESERVED_WORDS = Set.of(
            "all", "analyse", "analyze", "and", "anti", "any", "array", "as", "asc", "asof", "asymmetric", "at",
            "authorization", "binary", "both", "by", "case", "cast", "check", "collate", "collation", "column",
            "columns", "concurrently", "constraint", "create", "cross", "default", "deferrable", "desc", "describe",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full",
            "generated", "glob", "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is",
            "isnull", "join", "lambda", "lateral", "leading", "left", "like", "limit", "map", "natural", "not",
            "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "pivot", "pivot_longer",
            "pivot_wider", "placing", "positional", "primary", "qualify", "references", "returning", "right",
            "select", "semi", "show", "similar", "some", "struct", "summarize", "symmetric", "table", "tablesample",
            "then", "to", "trailing", "true", "try_cast", "tuple", "union", "unique", "unpack", "unpivot", "using",
            "variadic", "verbose", "when", "where", "window", "with");

    private final JdbcClient jdbc;
    private final Authorization authorization;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Organisations organisations;
    private final DatasetGrants grants;
    private final AuditLog audit;
    private final PublicationChecks gate;

    Catalog(JdbcClient jdbc, Authorization authorization, JsonMapper json, Clock clock,
            ApplicationEventPublisher events, Organisations organisations, DatasetGrants grants, AuditLog audit,
            PublicationChecks gate) {
        this.audit = audit;
        this.gate = gate;
        this.jdbc = jdbc;
        this.authorization = authorization;
        this.json = json;
        this.clock = clock;
        this.events = events;
        this.organisations = organisations;
        this.grants = grants;
    }

    /**
     * Registers a dataset without data; its SQL table name and its slug are derived from the title and made unique.
     * It belongs to the organisation named (the configured default when null) and starts with that organisation's
     * defaults: contact point, licence, language (also the metadata language) and authority, so that its metadata
     * carries every property DCAT-AP-NL makes mandatory from the start. The account that creates it
     * ({@code createdBy}) gets an account grant on it: it owns the dataset, and keeps reading it at any level.
     *
     * @throws PlatformException {@link ErrorCode#ORGANISATION_NOT_FOUND} for an organisation that does not exist
     */
    @Transactional
    public DatasetId register(NewDataset dataset) {
        var id = DatasetId.random();
        var now = now();
        Organisation organisation = dataset.organisationId() == null ? organisations.defaultOrganisation()
                : organisations.find(dataset.organisationId()).orElseThrow(() -> new PlatformException(
                        ErrorCode.ORGANISATION_NOT_FOUND, "No organisation " + dataset.organisationId() + ".",
                        Map.of("organisationId", dataset.organisationId())));
        Organisation.Defaults defaults = organisation.defaults();
        ContactPoint contact = defaults.contactPoint();
        jdbc.sql("""
                insert into dataset (id, slug, title, description, access_level, table_name, created_by, created_at,
                    modified_at, organisation_id, licence, languages, metadata_language, contact_name, contact_email,
                    contact_phone, authority, themes)
                values (:id, :slug, :title, :description, :accessLevel, :tableName, :createdBy, :now, :now,
                    :organisation, :licence, :language, :language, :cn, :ce, :cp, :authority, :themes)""")
                .param("id", id.value())
                .param("slug", uniqueSlug(dataset.title()))
                .param("title", dataset.title())
                .param("description", dataset.description())
                .param("accessLevel", dataset.accessLevel().code())
                .param("tableName", uniqueTableName(dataset.title()))
                .param("createdBy", dataset.createdBy())
                .param("now", now)
                .param("organisation", organisation.id())
                .param("licence", defaults.licence())
                .param("language", defaults.language())
                .params(ContactPoint.columns(contact))
                .param("authority", defaults.authority())
                .param("themes", joined(defaults.themes()))
                .update();
        grants.add(id.value(), DatasetGrant.account(dataset.createdBy()), dataset.createdBy());
        events.publishEvent(new DatasetChanged(id, DatasetChanged.Change.REGISTERED));
        return id;
    }

    private String uniqueSlug(String title) {
        String base = Slugs.of(title, 80);
        return firstFree("slug", base.matches("[0-9a-f]{8}-[0-9a-f]{4}-.*") ? "dataset-" + base : base, "-");
    }

    private String uniqueTableName(String title) {
        String base = FieldNames.toIdentifier(title, TABLE_NAME_LENGTH);
        return firstFree("table_name", RESERVED_WORDS.contains(base) ? base + "_data" : base, "_");
    }

    /** {@code base}, or {@code base<separator>2}, {@code 3}, … : the first value no dataset has in {@code column}. */
    private String firstFree(String column, String base, String separator) {
        Set<String> taken = Set.copyOf(jdbc.sql("select " + column + " from dataset where " + column
                        + " like :prefix")
                .param("prefix", base.replace("_", "\\_") + "%")
                .query(String.class)
                .list());
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + separator + n;
        }
        return candidate;
    }

    /** The number the next version of this dataset will get (1 for the first). */
    public int nextVersionNumber(DatasetId id) {
        Integer max = jdbc.sql("select max(version_number) from dataset_version where dataset_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .optional()
                .orElse(null);
        return max == null ? 1 : max + 1;
    }

    /**
     * Records a version whose files are complete and makes it current, in one transaction: either all of it is
     * visible afterwards or none of it. Publishes {@link DatasetVersionCommitted}.
     */
    @Transactional
    public UUID commitVersion(DatasetId id, NewVersion version) {
        UUID versionId = UUID.randomUUID();
        var now = now();
        jdbc.sql("""
                insert into dataset_version (id, dataset_id, version_number, source_filename, raw_key, raw_sha256,
                    raw_size, row_count, table_schema, dialect, issues, created_at, source_crs, bbox_west, bbox_south,
                    bbox_east, bbox_north, geometry_types)
                values (:id, :datasetId, :number, :filename, :rawKey, :sha256, :rawSize, :rows, :schema, :dialect,
                    :issues, :now, :sourceCrs, :west, :south, :east, :north, :geometryTypes)""")
                .param("id", versionId)
                .param("datasetId", id.value())
                .param("number", version.versionNumber())
                .param("filename", version.sourceFilename())
                .param("rawKey", version.rawKey())
                .param("sha256", version.rawSha256())
                .param("rawSize", version.rawSize())
                .param("rows", version.rowCount())
                .param("schema", json.writeValueAsString(version.schema()))
                .param("dialect", version.dialectJson())
                .param("issues", json.writeValueAsString(version.issues()))
                .param("now", now)
                .params(spatialColumns(version.spatial()))
                .update();
        for (NewDistribution distribution : version.distributions()) {
            jdbc.sql("""
                    insert into distribution (id, version_id, format, media_type, blob_key, byte_size, sha256)
                    values (:id, :versionId, :format, :mediaType, :blobKey, :size, :sha256)""")
                    .param("id", UUID.randomUUID())
                    .param("versionId", versionId)
                    .param("format", distribution.format())
                    .param("mediaType", distribution.mediaType())
                    .param("blobKey", distribution.blobKey())
                    .param("size", distribution.byteSize())
                    .param("sha256", distribution.sha256())
                    .update();
        }
        jdbc.sql("update dataset set current_version = :versionId, modified_at = :now where id = :id")
                .param("versionId", versionId)
                .param("now", now)
                .param("id", id.value())
                .update();
        events.publishEvent(new DatasetVersionCommitted(id, versionId, version.versionNumber()));
        events.publishEvent(new DatasetChanged(id, DatasetChanged.Change.VERSION));
        return versionId;
    }

    /**
     * Replaces a dataset's descriptive metadata, organisation, update frequency and access level. The SQL table name
     * and the slug stay as they were, so saved queries and links keep working.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not readable by the caller,
     *     {@link ErrorCode#NOT_ALLOWED} when the caller may not edit, {@link ErrorCode#METADATA_INVALID} for a value
     *     that is not accepted (the details name the field, see {@link MetadataValidation}),
     *     {@link ErrorCode#ORGANISATION_NOT_FOUND} for an unknown organisation
     */
    @Transactional
    public Dataset describe(DatasetId id, DatasetMetadata metadata, Caller caller) {
        Dataset current = editable(id, caller);
        write(current, MetadataValidation.checked(metadata), caller);
        events.publishEvent(new DatasetChanged(id, DatasetChanged.Change.DESCRIBED));
        return get(id, caller);
    }

    /**
     * Sets the metadata of a harvested dataset and where it comes from ({@link Harvest}), as {@link #describe} does;
     * a licence may be absent only when the harvest flags the source's licence text as unknown.
     *
     * @throws PlatformException as {@link #describe}
     */
    @Transactional
    public Dataset harvested(DatasetId id, DatasetMetadata metadata, Harvest harvest, Caller caller) {
        Dataset current = editable(id, caller);
        write(current, MetadataValidation.checked(metadata, harvest.licenceLabel() != null), caller);
        jdbc.sql("""
                update dataset set harvest_source = :source, harvest_source_name = :sourceName,
                    harvest_original = :original, harvested_at = :at, harvest_gone_at = :goneAt,
                    harvest_licence_label = :licenceLabel, harvest_distributions = :links
                where id = :id""")
                .param("source", harvest.sourceId())
                .param("sourceName", harvest.sourceName())
                .param("original", harvest.original())
                .param("at", OffsetDateTime.ofInstant(harvest.harvestedAt(), ZoneOffset.UTC))
                .param("goneAt", harvest.goneAt() == null ? null
                        : OffsetDateTime.ofInstant(harvest.goneAt(), ZoneOffset.UTC))
                .param("licenceLabel", harvest.licenceLabel())
                .param("links", json.writeValueAsString(harvest.distributions()))
                .param("id", id.value())
                .update();
        events.publishEvent(new DatasetChanged(id, DatasetChanged.Change.DESCRIBED));
        return get(id, caller);
    }

    /**
     * Marks a harvested dataset as no longer in its source (kept, and shown as such) at {@code at}; null clears the
     * mark.
     */
    @Transactional
    public void harvestGone(DatasetId id, @Nullable Instant at) {
        jdbc.sql("update dataset set harvest_gone_at = :at where id = :id and harvest_source is not null")
                .param("at", at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", id.value())
                .update();
        events.publishEvent(new DatasetChanged(id, DatasetChanged.Change.DESCRIBED));
    }

    /**
     * Writes the metadata. A change of access level is for those who may decide who reads the dataset
     * ({@link Authorization#requireDecideAccess}), passes the publication gate ({@link PublicationChecks}) before
     * anything is written, and is recorded in the audit log with the old and new level.
     */
    private void write(Dataset current, DatasetMetadata m, Caller caller) {
        DatasetId id = current.id();
        if (m.accessLevel() != current.accessLevel()) {
            authorization.requireDecideAccess(caller, id.value());
            gate.checkLevel(current, m.accessLevel(), grants.of(id.value()));
            audit.record(caller, "dataset.access-level", id.value(), null,
                    Map.of("from", current.accessLevel().code(), "to", m.accessLevel().code()));
        }
        String organisation = m.organisationId() == null
                ? (current.publisher() == null ? organisations.defaultOrganisation().id() : current.publisher().id())
                : organisations.find(m.organisationId()).map(Organisation::id).orElseThrow(
                        () -> MetadataValidation.invalid("organisation", "not-in-list", Map.of("list", "organisations"),
                                "organisation must be the id of an organisation (GET /v1/organisations)"));
        DcatProperties p = m.properties();
        ContactPoint contact = p.contactPoint();
        jdbc.sql("""
                update dataset set title = :title, description = :description, organisation_id = :organisation,
                    licence = :licence, keywords = :keywords, access_level = :accessLevel,
                    update_frequency = :updateFrequency, identifier = :identifier, themes = :themes,
                    languages = :languages, metadata_language = :metadataLanguage, contact_name = :cn,
                    contact_email = :ce, contact_phone = :cp, authority = :authority, landing_page = :landingPage,
                    documentation = :documentation, conforms_to = :conformsTo, provenance = :provenance,
                    spatial = :spatial, temporal_start = :temporalStart, temporal_end = :temporalEnd,
                    modified_at = :now
                where id = :id""")
                .param("title", m.title())
                .param("description", m.description())
                .param("organisation", organisation)
                .param("licence", m.licence())
                .param("keywords", m.keywords().isEmpty() ? null : String.join(", ", m.keywords()))
                .param("accessLevel", m.accessLevel().code())
                .param("updateFrequency", m.updateFrequency() == null ? null : m.updateFrequency().code())
                .param("identifier", p.identifier())
                .param("themes", joined(p.themes()))
                .param("languages", joined(p.languages()))
                .param("metadataLanguage", p.metadataLanguage())
                .params(ContactPoint.columns(contact))
                .param("authority", p.authority())
                .param("landingPage", p.landingPage())
                .param("documentation", p.documentation())
                .param("conformsTo", joined(p.conformsTo()))
                .param("provenance", p.provenance())
                .param("spatial", joined(p.spatial()))
                .param("temporalStart", p.temporalStart())
                .param("temporalEnd", p.temporalEnd())
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    /**
     * Applies one change to many datasets in one transaction: all or none (bulk edit). Each dataset's other members
     * keep their value.
     *
     * @throws PlatformException as {@link #describe}, for the first dataset the change cannot apply to
     */
    @Transactional
    public List<Dataset> describeAll(List<DatasetId> ids, java.util.function.UnaryOperator<DatasetMetadata> change,
            Caller caller) {
        List<Dataset> changed = new ArrayList<>();
        for (DatasetId id : ids) {
            changed.add(describe(id, change.apply(DatasetMetadata.of(get(id, caller))), caller));
        }
        return changed;
    }

    /**
     * Sets the changelog of one version ({@code adms:versionNotes}); blank clears it.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} for a dataset or version the caller cannot see,
     *     {@link ErrorCode#NOT_ALLOWED} for a caller who may not edit, {@link ErrorCode#METADATA_INVALID} for notes
     *     over 20,000 characters
     */
    @Transactional
    public void noteVersion(DatasetId id, int versionNumber, @Nullable String notes, Caller caller) {
        editable(id, caller);
        String text = MetadataValidation.requireLength("versionNotes", notes, 0, 20_000);
        int updated = jdbc.sql("""
                update dataset_version set version_notes = :notes where dataset_id = :id and version_number = :n""")
                .param("notes", text == null || text.isEmpty() ? null : text)
                .param("id", id.value())
                .param("n", versionNumber)
                .update();
        if (updated == 0) {
            throw notFound(id);
        }
    }

    /**
     * Every version of a dataset the caller may read, newest first, without schemas or issues: number, time, file,
     * rows and changelog. One query.
     */
    public List<VersionSummary> versions(DatasetId id, Caller caller) {
        get(id, caller);
        return jdbc.sql("""
                select version_number, created_at, source_filename, row_count, raw_size, version_notes
                from dataset_version where dataset_id = :id order by version_number desc""")
                .param("id", id.value())
                .query((rs, n) -> new VersionSummary(rs.getInt(1), instant(rs, "created_at"), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getString(6)))
                .list();
    }

    /**
     * Where each version of a dataset keeps its data (raw upload, distributions' files), oldest first, for a caller
     * who may read the dataset. Two queries.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not readable by the caller
     */
    public List<VersionFiles> versionFiles(DatasetId id, Caller caller) {
        Dataset dataset = get(id, caller);
        UUID current = dataset.currentVersion() == null ? null : dataset.currentVersion().id();
        record Row(UUID id, int number, Instant createdAt, String rawKey, String rawSha256, long rawSize,
                @Nullable Instant deletedAt) {
        }
        List<Row> rows = jdbc.sql("""
                select id, version_number, created_at, raw_key, raw_sha256, raw_size, data_deleted_at
                from dataset_version where dataset_id = :id order by version_number""")
                .param("id", id.value())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), instant(rs, "created_at"),
                        rs.getString(4), rs.getString(5), rs.getLong(6),
                        rs.getObject(7) == null ? null : instant(rs, "data_deleted_at")))
                .list();
        Map<UUID, List<Distribution>> distributions = distributionsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new VersionFiles(r.id(), r.number(), r.createdAt(), r.id().equals(current),
                r.rawKey(), r.rawSha256(), r.rawSize(), distributions.getOrDefault(r.id(), List.of()), r.deletedAt()))
                .toList();
    }

    /**
     * Whether a version other than {@code exceptVersion}, of any dataset, still keeps its data and has this raw
     * upload: the blob store keeps identical bytes once, so such a raw object must stay.
     */
    public boolean rawKeyKeptByOtherVersion(String rawKey, UUID exceptVersion) {
        return jdbc.sql("""
                select count(*) from dataset_version
                where raw_key = :key and id <> :version and data_deleted_at is null""")
                .param("key", rawKey).param("version", exceptVersion).query(Long.class).single() > 0;
    }

    /**
     * Records that a version's data files were deleted (retention, issue 9); its metadata stays. Joins the caller's
     * transaction, so that the mark and the deletion log commit together.
     *
     * @throws PlatformException as {@link #editable}
     * @throws IllegalStateException when the version is not the dataset's, or its data was marked deleted already
     *     (a concurrent deletion): the caller's transaction must roll back
     */
    @Transactional
    public void markVersionDataDeleted(DatasetId id, UUID versionId, Caller caller) {
        editable(id, caller);
        int updated = jdbc.sql("""
                update dataset_version set data_deleted_at = :now
                where id = :version and dataset_id = :id and data_deleted_at is null""")
                .param("now", now()).param("version", versionId).param("id", id.value()).update();
        if (updated != 1) {
            throw new IllegalStateException("version " + versionId + " of " + id.value()
                    + " is not there or its data was deleted already");
        }
    }

    /** Puts a dataset in exactly these thematic groups (ids of {@link Organisations#groups()}). */
    @Transactional
    public void setGroups(DatasetId id, List<String> groups, Caller caller) {
        editable(id, caller);
        Set<String> known = Set.copyOf(organisations.groups().stream().map(DatasetGroup::id).toList());
        for (String group : groups) {
            if (!known.contains(group)) {
                throw MetadataValidation.invalid("groups", "not-in-list", Map.of("list", "groups"),
                        "groups must hold ids of existing groups (GET /v1/groups); '" + group + "' is not one");
            }
        }
        jdbc.sql("delete from dataset_group_member where dataset_id = :id").param("id", id.value()).update();
        for (String group : Set.copyOf(groups)) {
            jdbc.sql("insert into dataset_group_member (group_id, dataset_id) values (:g, :id)")
                    .param("g", group).param("id", id.value()).update();
        }
        jdbc.sql("update dataset set modified_at = :now where id = :id").param("now", now())
                .param("id", id.value()).update();
    }

    /**
     * The dataset with this slug, or the dataset whose id is this text, if the caller may read it. Lets
     * {@code /datasets/{slug}} and old {@code /datasets/{id}} links resolve alike.
     */
    public Optional<Dataset> findBySlugOrId(String slugOrId, Caller caller) {
        try {
            return find(new DatasetId(UUID.fromString(slugOrId)), caller);
        } catch (IllegalArgumentException e) {
            return one("d.slug = :slug", Map.of("slug", slugOrId), caller);
        }
    }

    /**
     * Datasets the caller may read that are related to this one, most related first: each shared theme counts 3,
     * the same organisation 2, each shared keyword 1 (case-insensitive); at most {@code limit}, only those sharing
     * something. Reads the overview once (one query) and the chosen datasets (three queries).
     */
    public List<Dataset> related(Dataset dataset, int limit, Caller caller) {
        Set<String> keywords = Set.copyOf(dataset.keywords().stream().map(k -> k.toLowerCase(java.util.Locale.ROOT))
                .toList());
        Map<String, Set<String>> keywordsOf = new HashMap<>();
        jdbc.sql("select cast(id as varchar(36)), keywords from dataset where keywords is not null")
                .query((rs, n) -> keywordsOf.put(rs.getString(1), Set.copyOf(Arrays.stream(rs.getString(2).split(","))
                        .map(k -> k.strip().toLowerCase(java.util.Locale.ROOT)).toList())))
                .list();
        record Scored(DatasetId id, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (DatasetOverview other : overview(caller)) {
            if (other.datasetId().equals(dataset.id()) || other.currentVersionId() == null) {
                continue;
            }
            int score = 0;
            for (String theme : dataset.properties().themes()) {
                if (other.euThemes().contains(theme) || other.donlThemes().contains(theme)) {
                    score += 3;
                }
            }
            if (dataset.publisher() != null && other.organisation() != null
                    && dataset.publisher().id().equals(other.organisation().id())) {
                score += 2;
            }
            for (String keyword : keywordsOf.getOrDefault(other.datasetId().toString(), Set.of())) {
                if (keywords.contains(keyword)) {
                    score++;
                }
            }
            if (score > 0) {
                scored.add(new Scored(other.datasetId(), score));
            }
        }
        scored.sort(java.util.Comparator.comparingInt(Scored::score).reversed());
        List<UUID> chosen = scored.stream().limit(limit).map(s -> s.id().value()).toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        Map<DatasetId, Dataset> byId = new HashMap<>();
        load("d.id in (:ids)", Map.of("ids", chosen), caller, limit, 0).items().forEach(d -> byId.put(d.id(), d));
        return scored.stream().limit(limit).map(s -> byId.get(s.id())).filter(java.util.Objects::nonNull).toList();
    }

    private static @Nullable String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(" ", values);
    }

    private static List<String> split(@Nullable String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    /**
     * Records the size and SHA-256 of a distribution's file once it is made (every format but Parquet is written on
     * its first download); a distribution whose checksum is known is left alone.
     *
     * @param blobKey the file's key, as registered with the version
     * @param sha256  64 lowercase hex digits
     */
    @Transactional
    public void distributionMade(String blobKey, long byteSize, String sha256) {
        jdbc.sql("update distribution set byte_size = :size, sha256 = :sha256 where blob_key = :key and sha256 is null")
                .param("size", byteSize)
                .param("sha256", sha256)
                .param("key", blobKey)
                .update();
    }

    /**
     * Records that a re-fetch of the dataset's source found it unchanged at {@code at} (HTTP 304), so that the current
     * data counts as arrived then for its actualiteit. Does not change {@code modified}; a later time never moves back.
     */
    @Transactional
    public void confirmUnchanged(DatasetId id, Instant at) {
        jdbc.sql("""
                update dataset set data_confirmed_at = :at
                where id = :id and (data_confirmed_at is null or data_confirmed_at < :at)""")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", id.value())
                .update();
    }

    /**
     * When data last arrived, for every dataset with data that the caller may read, ordered by title. One query,
     * without schemas or distributions, so that a catalogue-wide actualiteit view stays cheap.
     */
    public List<DataArrival> dataArrivals(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        String readable = readable(authorization.readScope(caller), params);
        return jdbc.sql("""
                select d.id, d.title, d.access_level, d.update_frequency, d.data_confirmed_at, v.created_at
                from dataset d join dataset_version v on v.id = d.current_version
                where %s
                order by d.title, d.id""".formatted(readable))
                .params(params)
                .query((rs, n) -> {
                    OffsetDateTime confirmed = rs.getObject("data_confirmed_at", OffsetDateTime.class);
                    return new DataArrival(new DatasetId(rs.getObject("id", UUID.class)), rs.getString("title"),
                            AccessLevel.fromCode(rs.getString("access_level")),
                            frequency(rs.getString("update_frequency")),
                            DataArrival.later(instant(rs, "created_at"),
                                    confirmed == null ? null : confirmed.toInstant()));
                })
                .list();
    }

    /**
     * Every dataset the caller may see, as {@link #list} counts them (datasets without data only for those who may
     * upload), with what a catalogue-wide overview needs, ordered by title. One query, without schemas or
     * distributions, whatever the number of datasets.
     */
    public List<DatasetOverview> overview(Caller caller) {
        String withData = authorization.mayCreateDatasets(caller) ? "" : " and d.current_version is not null";
        Map<String, Object> params = new HashMap<>();
        String readable = readable(authorization.readScope(caller), params);
        Map<UUID, List<String>> formats = new HashMap<>();
        jdbc.sql("""
                select d.id, x.format from dataset d join distribution x on x.version_id = d.current_version
                where %s order by x.format""".formatted(readable))
                .params(params)
                .query((rs, n) -> formats.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return jdbc.sql("""
                select d.id, d.slug, d.title, d.access_level, d.current_version, d.update_frequency,
                       d.data_confirmed_at, v.created_at, d.themes, d.licence, d.modified_at,
                       o.id as o_id, o.uri as o_uri, o.name as o_name
                from dataset d left join dataset_version v on v.id = d.current_version
                left join organisation o on o.id = d.organisation_id
                where %s%s
                order by d.title, d.id""".formatted(readable, withData))
                .params(params)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID versionId = rs.getObject("current_version", UUID.class);
                    OffsetDateTime confirmed = rs.getObject("data_confirmed_at", OffsetDateTime.class);
                    List<String> themes = split(rs.getString("themes"));
                    DcatProperties p = new DcatProperties(null, themes, List.of(), null, null, null, null, null,
                            List.of(), null, List.of(), null, null);
                    return new DatasetOverview(new DatasetId(id), rs.getString("slug"), rs.getString("title"),
                            organisation(rs), AccessLevel.fromCode(rs.getString("access_level")), versionId,
                            frequency(rs.getString("update_frequency")),
                            versionId == null ? null : DataArrival.later(instant(rs, "created_at"),
                                    confirmed == null ? null : confirmed.toInstant()),
                            p.euThemes(), p.donlThemes(), rs.getString("licence"),
                            formats.getOrDefault(id, List.of()), instant(rs, "modified_at"));
                })
                .list();
    }

    private static Organisation.@Nullable Ref organisation(ResultSet rs) throws SQLException {
        String id = rs.getString("o_id");
        return id == null ? null : new Organisation.Ref(id, rs.getString("o_uri"), rs.getString("o_name"));
    }

    private static @Nullable UpdateFrequency frequency(@Nullable String code) {
        return code == null ? null : UpdateFrequency.ofCode(code);
    }

    /**
     * Records a dataset's latest metadata quality rating (the {@code quality} module pushes it after each MQA
     * assessment), replacing the previous one, and publishes {@link DatasetChanged}. A rating for a dataset that does
     * not exist (any more) is ignored.
     */
    @Transactional
    public void recordQualityRating(DatasetId id, QualityRating rating) {
        var params = Map.<String, Object>of("id", id.value(), "rating", rating.rating(), "points", rating.points(),
                "assessedAt", OffsetDateTime.ofInstant(rating.assessedAt(), ZoneOffset.UTC), "now", now());
        int updated = jdbc.sql("""
                update dataset_quality_rating set rating = :rating, points = :points, assessed_at = :assessedAt,
                    recorded_at = :now
                where dataset_id = :id""").params(params).update();
        if (updated == 0) {
            updated = jdbc.sql("""
                    insert into dataset_quality_rating (dataset_id, rating, points, assessed_at, recorded_at)
                    select id, :rating, :points, :assessedAt, :now from dataset where id = :id""")
                    .params(params).update();
        }
        if (updated > 0) {
            events.publishEvent(new DatasetChanged(id, DatasetChanged.Change.QUALITY_RATING));
        }
    }

    /** The latest quality rating of each of the given datasets that has one; one query whatever their number. */
    public Map<DatasetId, QualityRating> qualityRatings(Collection<DatasetId> ids) {
        Map<DatasetId, QualityRating> ratings = new HashMap<>();
        if (ids.isEmpty()) {
            return ratings;
        }
        jdbc.sql("select dataset_id, rating, points, assessed_at from dataset_quality_rating where dataset_id in (:ids)")
                .param("ids", ids.stream().map(DatasetId::value).toList())
                .query((rs, n) -> ratings.put(new DatasetId(rs.getObject(1, UUID.class)),
                        new QualityRating(rs.getString(2), rs.getInt(3), instant(rs, "assessed_at"))))
                .list();
        return ratings;
    }

    /** The number of datasets, whoever may see them, with data or not. One query. */
    public long count() {
        return jdbc.sql("select count(*) from dataset").query(Long.class).single();
    }

    /**
     * The latest change the catalogue recorded: the latest {@code modified} of any dataset or the latest quality
     * rating recorded, whichever is later; null for an empty catalogue. One query.
     */
    public @Nullable Instant lastChange() {
        return jdbc.sql("""
                select (select max(modified_at) from dataset), (select max(recorded_at) from dataset_quality_rating)""")
                .query((rs, n) -> {
                    OffsetDateTime modified = rs.getObject(1, OffsetDateTime.class);
                    OffsetDateTime rated = rs.getObject(2, OffsetDateTime.class);
                    return modified == null ? rated : rated == null || modified.isAfter(rated) ? modified : rated;
                })
                .optional().map(OffsetDateTime::toInstant).orElse(null);
    }

    /**
     * The datasets whose metadata changed, or that got a quality rating, after {@code since}, whoever may see them.
     * One query. Lets a copy of the catalogue (the search index) catch up with changes other processes made.
     */
    public List<DatasetId> changedSince(Instant since) {
        var at = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
        return jdbc.sql("""
                select id from dataset where modified_at > :since
                union select dataset_id from dataset_quality_rating where recorded_at > :since""")
                .param("since", at)
                .query((rs, n) -> new DatasetId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** Which datasets the caller may see; every listing, search included, applies exactly this. */
    public DatasetVisibility visibility(Caller caller) {
        return new DatasetVisibility(authorization.readScope(caller), authorization.mayCreateDatasets(caller));
    }

    /** The steward's field overrides of a dataset, by field name. */
    public Map<String, FieldOverride> overrides(DatasetId id) {
        Map<String, FieldOverride> overrides = new LinkedHashMap<>();
        jdbc.sql("select field_name, type, format, decimal_char from field_override where dataset_id = :id "
                        + "order by field_name")
                .param("id", id.value())
                .query((rs, n) -> overrides.put(rs.getString(1),
                        new FieldOverride(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
        return overrides;
    }

    /** Replaces a dataset's field overrides. */
    @Transactional
    public void saveOverrides(DatasetId id, Map<String, FieldOverride> overrides) {
        jdbc.sql("delete from field_override where dataset_id = :id").param("id", id.value()).update();
        var now = now();
        overrides.forEach((field, override) -> jdbc.sql("""
                insert into field_override (dataset_id, field_name, type, format, decimal_char, created_at)
                values (:id, :field, :type, :format, :decimalChar, :now)""")
                .param("id", id.value())
                .param("field", field)
                .param("type", override.type())
                .param("format", override.format())
                .param("decimalChar", override.decimalChar())
                .param("now", now)
                .update());
    }

    /**
     * The dataset, if it exists and the caller may read it. Every read of one dataset ends here, and the decision is
     * {@link Authorization#mayRead(Caller, UUID, UUID, AccessLevel)}'s.
     */
    public Optional<Dataset> find(DatasetId id, Caller caller) {
        return one("d.id = :id", Map.of("id", id.value()), caller);
    }

    /**
     * The dataset, for a caller who may change it (metadata, versions, review, grants).
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not readable by the caller;
     *     {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} when readable but not changeable
     */
    public Dataset editable(DatasetId id, Caller caller) {
        Dataset dataset = get(id, caller);
        authorization.requireEdit(caller, id.value(), dataset.accessLevel());
        return dataset;
    }

    /**
     * Who, beyond their roles, may read the dataset ({@link DatasetGrant}); for those who may change it.
     *
     * @throws PlatformException as {@link #editable}
     */
    public List<DatasetGrant> grants(DatasetId id, Caller caller) {
        editable(id, caller);
        return grants.of(id.value());
    }

    /**
     * Replaces the dataset's grants; for those who may change it. The dataset's metadata (and its {@code modified})
     * stay as they are: listings and the search index apply grants when asked, so nothing needs re-indexing.
     *
     * @return the grants now
     * @throws PlatformException as {@link #editable}; {@link ErrorCode#PUBLICATION_REFUSED} (409, every reason of
     *     every {@link PublicationCheck}) when a new organisation grant on an {@code intern} or {@code beperkt}
     *     dataset would share it with a partner and the publication gate refuses; nothing is changed then
     */
    @Transactional
    public List<DatasetGrant> replaceGrants(DatasetId id, List<DatasetGrant> grants, Caller caller) {
        Dataset dataset = editable(id, caller);
        authorization.requireDecideAccess(caller, id.value());
        gate.checkGrants(dataset, this.grants.of(id.value()), grants);
        this.grants.replace(id.value(), grants, caller.id());
        audit.record(caller, "dataset.grants", id.value(), null, grantSummary(grants));
        return this.grants.of(id.value());
    }

    /**
     * What the audit log keeps of new grants: the groups and organisations named, and how many accounts (account ids
     * are people's names; the log holds no personal data beyond its actor).
     */
    private static Map<String, String> grantSummary(List<DatasetGrant> grants) {
        Map<String, String> summary = new java.util.TreeMap<>();
        for (DatasetGrant.Kind kind : DatasetGrant.Kind.values()) {
            List<String> named = grants.stream().filter(g -> g.kind() == kind).map(DatasetGrant::id).sorted()
                    .distinct().toList();
            summary.put(kind.code(), kind == DatasetGrant.Kind.ACCOUNT ? Integer.toString(named.size())
                    : String.join(",", named));
        }
        return summary;
    }

    /**
     * The dataset, or a {@link ErrorCode#DATASET_NOT_FOUND} fault when it does not exist or the caller may not
     * read it (the two are indistinguishable on purpose).
     */
    public Dataset get(DatasetId id, Caller caller) {
        return find(id, caller).orElseThrow(() -> notFound(id));
    }

    /**
     * The datasets with these ids that the caller may read, newest first; the others are left out as if they did not
     * exist. Three queries, whatever the number of ids.
     */
    public List<Dataset> findAll(Collection<DatasetId> ids, Caller caller) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load("d.id in (:ids)", Map.of("ids", ids.stream().map(DatasetId::value).toList()), caller, ids.size(),
                0).items();
    }

    /** Datasets the caller may read, newest first. */
    public DatasetPage list(Caller caller, int limit, int offset) {
        return load("1 = 1", Map.of(), caller, limit, offset);
    }

    /**
     * Datasets with data of their own (not harvested records, which their source publishes) that the caller may
     * read, in the order they were registered (oldest first): an order that changes to metadata or data do not
     * disturb, so that a client paging through the catalogue while it changes (a harvester) sees every dataset once;
     * datasets registered meanwhile come at the end. {@code total} counts the same datasets.
     */
    public DatasetPage ownInRegistrationOrder(Caller caller, int limit, int offset) {
        DatasetVisibility visibility = visibility(caller);
        return load("d.current_version is not null", Map.of(), visibility.scope(), visibility.withoutData(), limit,
                offset, "d.created_at, d.id");
    }

    /** The current data of every dataset the caller may read, for the SQL sandbox. */
    public List<ReadableTable> readableTables(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        String readable = readable(authorization.readScope(caller), params);
        return jdbc.sql("""
                select d.id, d.table_name, x.blob_key, d.current_version, v.version_number, d.access_level
                from dataset d
                join dataset_version v on v.id = d.current_version
                join distribution x on x.version_id = d.current_version and x.format = 'parquet'
                where %s
                order by d.table_name""".formatted(readable))
                .params(params)
                .query((rs, n) -> new ReadableTable(new DatasetId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getInt(5),
                        AccessLevel.fromCode(rs.getString(6))))
                .list();
    }

    /**
     * The one dataset matching {@code condition}, if the caller may see it: with data unless the caller may create
     * datasets, and readable as {@link Authorization#mayRead} decides.
     */
    private Optional<Dataset> one(String condition, Map<String, Object> params, Caller caller) {
        return load(condition, params, null, authorization.mayCreateDatasets(caller), 1, 0, "d.id").items().stream()
                .findFirst()
                .filter(d -> authorization.mayRead(caller, d.id().value(),
                        d.currentVersion() == null ? null : d.currentVersion().id(), d.accessLevel()));
    }

    /**
     * Datasets matching {@code condition} that the caller may see: in its read scope, and with data, unless the
     * caller may create datasets (stewards see datasets whose first ingest is running or failed; nobody else does).
     */
    private DatasetPage load(String condition, Map<String, Object> params, Caller caller, int limit, int offset) {
        DatasetVisibility visibility = visibility(caller);
        return load(condition, params, visibility.scope(), visibility.withoutData(), limit, offset,
                "d.modified_at desc, d.id");
    }

    /**
     * Datasets matching {@code condition}, within {@code scope} (all when null), with data unless {@code withoutData},
     * sorted by {@code order} (an SQL order-by list on {@code dataset d}).
     */
    private DatasetPage load(String condition, Map<String, Object> params, @Nullable ReadScope scope,
            boolean withoutData, int limit, int offset, String order) {
        Map<String, Object> all = new HashMap<>(params);
        if (scope != null) {
            condition = readable(scope, all) + " and " + condition;
        }
        if (!withoutData) {
            condition = "(d.current_version is not null or d.harvested_at is not null) and " + condition;
        }
        long total = jdbc.sql("select count(*) from dataset d where " + condition)
                .params(all)
                .query(Long.class)
                .single();
        all.put("limit", limit);
        all.put("offset", offset);
        List<DatasetRow> rows = jdbc.sql("""
                select d.id, d.slug, d.title, d.description, d.licence, d.keywords, d.access_level, d.table_name,
                       d.created_at, d.modified_at, d.update_frequency, d.data_confirmed_at, d.identifier, d.themes,
                       d.languages, d.metadata_language, d.contact_name, d.contact_email, d.contact_phone,
                       d.authority, d.landing_page, d.documentation, d.conforms_to, d.provenance, d.spatial,
                       d.temporal_start, d.temporal_end, d.harvest_source, d.harvest_source_name,
                       d.harvest_original, d.harvested_at, d.harvest_gone_at, d.harvest_licence_label,
                       d.harvest_distributions,
                       o.id as o_id, o.uri as o_uri, o.name as o_name,
                       v.id as v_id, v.version_number, v.source_filename, v.raw_sha256, v.raw_size, v.row_count,
                       v.table_schema, v.issues, v.created_at as v_created_at, v.source_crs, v.bbox_west,
                       v.bbox_south, v.bbox_east, v.bbox_north, v.geometry_types, v.version_notes
                from dataset d left join dataset_version v on v.id = d.current_version
                left join organisation o on o.id = d.organisation_id
                where %s
                order by %s
                limit :limit offset :offset""".formatted(condition, order))
                .params(all)
                .query((rs, n) -> toRow(rs))
                .list();
        Map<UUID, List<Distribution>> distributions = distributionsOf(
                rows.stream().map(DatasetRow::versionId).filter(java.util.Objects::nonNull).toList());
        Map<DatasetId, List<String>> groups = groupsOf(rows.stream().map(DatasetRow::id).toList());
        return new DatasetPage(rows.stream().map(row -> toDataset(row, distributions,
                groups.getOrDefault(row.id(), List.of()))).toList(), total);
    }

    private Map<DatasetId, List<String>> groupsOf(List<DatasetId> ids) {
        Map<DatasetId, List<String>> groups = new HashMap<>();
        if (ids.isEmpty()) {
            return groups;
        }
        jdbc.sql("select dataset_id, group_id from dataset_group_member where dataset_id in (:ids) order by group_id")
                .param("ids", ids.stream().map(DatasetId::value).toList())
                .query((rs, n) -> groups.computeIfAbsent(new DatasetId(rs.getObject(1, UUID.class)),
                        k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return groups;
    }

    private Map<UUID, List<Distribution>> distributionsOf(Collection<UUID> versionIds) {
        Map<UUID, List<Distribution>> byVersion = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return byVersion;
        }
        jdbc.sql("""
                select version_id, format, media_type, blob_key, byte_size, sha256 from distribution
                where version_id in (:ids)""")
                .param("ids", versionIds)
                .query((rs, n) -> {
                    byVersion.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Distribution(rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getObject(5, Long.class), rs.getString(6)));
                    return null;
                })
                .list();
        // in the order DistributionFormat lists them: Parquet first, then the formats made from it
        byVersion.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(
                d -> DistributionFormat.of(d.format()).map(Enum::ordinal).orElse(Integer.MAX_VALUE))));
        return byVersion;
    }

    /**
     * The SQL condition (on {@code dataset d}) that a dataset is in the scope, as {@link ReadScope} defines it; adds
     * its parameters ({@code levels}, {@code granted}, {@code accountGranted}) to {@code params}.
     */
    private static String readable(ReadScope scope, Map<String, Object> params) {
        if (scope.everything()) {
            return "1 = 1";
        }
        List<String> either = new ArrayList<>();
        either.add("d.access_level in (:levels)");
        params.put("levels", scope.levels().stream().map(AccessLevel::code).toList());
        if (!scope.grantedDatasets().isEmpty()) {
            either.add("(d.id in (:granted) and d.access_level <> '" + AccessLevel.VERTROUWELIJK.code() + "')");
            params.put("granted", List.copyOf(scope.grantedDatasets()));
        }
        if (!scope.accountGrants().isEmpty()) {
            either.add("d.id in (:accountGranted)");
            params.put("accountGranted", List.copyOf(scope.accountGrants()));
        }
        return "(" + String.join(" or ", either) + ")";
    }

    private DatasetRow toRow(ResultSet rs) throws SQLException {
        UUID versionId = rs.getObject("v_id", UUID.class);
        return new DatasetRow(
                new DatasetId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("description"),
                organisation(rs),
                rs.getString("licence"),
                rs.getString("keywords"),
                AccessLevel.fromCode(rs.getString("access_level")),
                rs.getString("table_name"),
                instant(rs, "created_at"),
                instant(rs, "modified_at"),
                versionId,
                versionId == null ? 0 : rs.getInt("version_number"),
                rs.getString("source_filename"),
                rs.getString("raw_sha256"),
                rs.getLong("raw_size"),
                rs.getLong("row_count"),
                rs.getString("table_schema"),
                rs.getString("issues"),
                versionId == null ? null : instant(rs, "v_created_at"),
                spatial(rs),
                frequency(rs.getString("update_frequency")),
                rs.getObject("data_confirmed_at", OffsetDateTime.class) == null ? null
                        : instant(rs, "data_confirmed_at"),
                properties(rs),
                versionId == null ? null : rs.getString("version_notes"),
                harvest(rs));
    }

    private static DcatProperties properties(ResultSet rs) throws SQLException {
        String contactName = rs.getString("contact_name");
        return new DcatProperties(rs.getString("identifier"), split(rs.getString("themes")),
                split(rs.getString("languages")), rs.getString("metadata_language"),
                contactName == null ? null : new ContactPoint(contactName, rs.getString("contact_email"),
                        rs.getString("contact_phone")),
                rs.getString("authority"), rs.getString("landing_page"), rs.getString("documentation"),
                split(rs.getString("conforms_to")), rs.getString("provenance"), split(rs.getString("spatial")),
                rs.getObject("temporal_start", java.time.LocalDate.class),
                rs.getObject("temporal_end", java.time.LocalDate.class));
    }

    private @Nullable Harvest harvest(ResultSet rs) throws SQLException {
        String source = rs.getString("harvest_source");
        if (source == null) {
            return null;
        }
        String links = rs.getString("harvest_distributions");
        return new Harvest(source, rs.getString("harvest_source_name"), rs.getString("harvest_original"),
                instant(rs, "harvested_at"), rs.getObject("harvest_gone_at", OffsetDateTime.class) == null ? null
                        : instant(rs, "harvest_gone_at"), rs.getString("harvest_licence_label"),
                links == null ? List.of() : json.readValue(links, new TypeReference<List<Harvest.Link>>() { }));
    }

    /** The spatial columns of a version, all null for a version without geometry. */
    private static Map<String, @Nullable Object> spatialColumns(@Nullable VersionSpatial spatial) {
        Map<String, @Nullable Object> columns = new HashMap<>();
        VersionSpatial.@Nullable Bbox bbox = spatial == null ? null : spatial.bbox();
        columns.put("sourceCrs", spatial == null ? null : spatial.sourceCrs());
        columns.put("west", bbox == null ? null : bbox.west());
        columns.put("south", bbox == null ? null : bbox.south());
        columns.put("east", bbox == null ? null : bbox.east());
        columns.put("north", bbox == null ? null : bbox.north());
        columns.put("geometryTypes", spatial == null ? null : String.join(",", spatial.geometryTypes()));
        return columns;
    }

    private static @Nullable VersionSpatial spatial(ResultSet rs) throws SQLException {
        int sourceCrs = rs.getInt("source_crs");
        if (rs.wasNull()) {
            return null;
        }
        double west = rs.getDouble("bbox_west");
        VersionSpatial.@Nullable Bbox bbox = rs.wasNull() ? null
                : new VersionSpatial.Bbox(west, rs.getDouble("bbox_south"), rs.getDouble("bbox_east"),
                        rs.getDouble("bbox_north"));
        String types = rs.getString("geometry_types");
        return new VersionSpatial(sourceCrs, bbox, types == null || types.isEmpty() ? List.of()
                : List.of(types.split(",")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static PlatformException notFound(DatasetId id) {
        return new PlatformException(ErrorCode.DATASET_NOT_FOUND, "No dataset " + id + " that you may see.",
                Map.of("datasetId", id.toString()));
    }

    /** A joined row of dataset and current version, before distributions are attached. */
    private record DatasetRow(DatasetId id, String slug, String title, String description,
            Organisation.@Nullable Ref publisher, String licence,
            String keywords, AccessLevel accessLevel, String tableName, Instant createdAt, Instant modifiedAt,
            UUID versionId, int versionNumber, String sourceFilename, String rawSha256, long rawSize, long rowCount,
            String schemaJson, String issuesJson, Instant versionCreatedAt, @Nullable VersionSpatial spatial,
            @Nullable UpdateFrequency updateFrequency, @Nullable Instant dataConfirmedAt, DcatProperties properties,
            @Nullable String versionNotes, @Nullable Harvest harvest) {
    }

    private Dataset toDataset(DatasetRow row, Map<UUID, List<Distribution>> distributions, List<String> groups) {
        DatasetVersion version = null;
        if (row.versionId() != null) {
            version = new DatasetVersion(row.versionId(), row.versionNumber(), row.sourceFilename(), row.rawSha256(),
                    row.rawSize(), row.rowCount(), json.readValue(row.schemaJson(), DatasetSchema.class),
                    json.readValue(row.issuesJson(), new TypeReference<List<VersionIssue>>() { }),
                    distributions.getOrDefault(row.versionId(), List.of()), row.versionCreatedAt(), row.spatial(),
                    row.versionNotes());
        }
        List<String> keywords = row.keywords() == null || row.keywords().isBlank() ? List.of()
                : Arrays.stream(row.keywords().split(",")).map(String::strip).toList();
        return new Dataset(row.id(), row.slug(), row.title(), row.description(), row.publisher(), row.licence(),
                keywords, row.accessLevel(), row.tableName(), version, row.createdAt(), row.modifiedAt(),
                row.updateFrequency(), row.dataConfirmedAt(), row.properties(), groups, row.harvest());
    }
}
