// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.io.InputStream;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.FieldOverride;
import nl.datakraam.catalog.NewDataset;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.ingest.infra.IngestOrder;
import nl.datakraam.ingest.infra.IngestTask;
import nl.datakraam.ingest.infra.SchemaReview;
import nl.datakraam.ingest.infra.StoredProposal;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.lib.geo.CrsGuess;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import nl.datakraam.storage.BlobStore;
import nl.datakraam.storage.StoredBlob;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;

/**
 * The one entry for new data, used by the upload form, {@code POST /v1/datasets} and the {@code import} command.
 * Returns as soon as the bytes are safely stored and the job is queued; the ingest itself runs in the background.
 */
@Service
public class IngestService {

    /**
     * File name endings this version reads, lowercase: delimited text, workbooks, JSON arrays of objects, GeoJSON,
     * GeoPackage and (Geo)Parquet.
     */
    static final Set<String> SUPPORTED_EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx", "ods", "json", "geojson",
            "gpkg", "parquet");

    /** EPSG codes a steward may confirm with {@code crs}: RD New, WGS 84 and ETRS89, the CRSs ingest reads. */
    static final Set<Integer> CONFIRMABLE_CRS = Set.of(28992, 4326, 4258);

    /** Longest dataset title, in characters (the catalogue's column size). */
    static final int MAX_TITLE_LENGTH = 500;

    private final Authorization authorization;
    private final BlobStore blobs;
    private final Catalog catalog;
    private final Jobs jobs;
    private final IngestTask task;

    IngestService(Authorization authorization, BlobStore blobs, Catalog catalog, Jobs jobs, IngestTask task) {
        this.authorization = authorization;
        this.blobs = blobs;
        this.catalog = catalog;
        this.jobs = jobs;
        this.task = task;
    }

    /**
     * Stores the upload, registers a new dataset and queues its ingest.
     *
     * @param filename    the file's original name; its ending selects the reader
     * @param content     the bytes, streamed to disk (never held in memory); not closed here
     * @param title       dataset title; the file name without ending when null or blank
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} when the caller may
     *     not upload; {@link ErrorCode#INVALID_PARAMETER} for a title over {@value #MAX_TITLE_LENGTH} characters; {@link ErrorCode#UPLOAD_UNSUPPORTED_FORMAT} for a file ending this version cannot read
     */
    public IngestSubmission submit(String filename, InputStream content, @Nullable String title,
            AccessLevel accessLevel, Caller caller) {
        return submit(filename, content, title, accessLevel, false, caller);
    }

    /**
     * As {@link #submit(String, InputStream, String, AccessLevel, Caller)}, optionally stopping for the steward's
     * review of the inferred schema before anything is written ({@code review}; the job then waits in
     * {@code awaiting_review} until {@link #confirmReview}).
     */
    public IngestSubmission submit(String filename, InputStream content, @Nullable String title,
            AccessLevel accessLevel, boolean review, Caller caller) {
        return submit(filename, content, title, accessLevel, review, null, caller);
    }

    /**
     * As {@link #submit(String, InputStream, String, AccessLevel, boolean, Caller)}, with the CRS the steward
     * confirms for coordinates whose file does not declare one: a GeoJSON file in RD metres without a {@code crs}
     * member, or a table's x/y columns. Never needed for a file that declares its CRS; contradicting it fails the job.
     *
     * @param crs EPSG code: 28992, 4326 or 4258; null when not confirming
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for another code, and as {@link #submit}
     */
    public IngestSubmission submit(String filename, InputStream content, @Nullable String title,
            AccessLevel accessLevel, boolean review, @Nullable Integer crs, Caller caller) {
        authorization.requireCreate(caller);
        checkCrs(crs);
        if (title != null && title.strip().length() > MAX_TITLE_LENGTH) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.LENGTH, Map.of("parameter", "title",
                    "minLength", 0, "maxLength", MAX_TITLE_LENGTH, "length", title.strip().length()));
        }
        String name = acceptedName(filename);
        StoredBlob raw = blobs.storeRaw(content);
        String datasetTitle = title == null || title.isBlank() ? stripExtension(name) : title.strip();
        DatasetId datasetId = catalog.register(new NewDataset(datasetTitle, null, accessLevel, caller.id()));
        return queue(datasetId, raw, name, VersionMode.REPLACE, review, crs, caller);
    }

    /**
     * Uploads a new version of an existing dataset.
     *
     * @param mode   {@link VersionMode#REPLACE}, or {@link VersionMode#APPEND} to add the rows to the current
     *               version's (the fields must match; the job fails with a message saying which differ)
     * @param review stop for the steward's review of the schema before writing
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when absent or not readable by the caller, and as
     *     {@link #submit}
     */
    public IngestSubmission submitVersion(DatasetId datasetId, String filename, InputStream content, VersionMode mode,
            boolean review, Caller caller) {
        return submitVersion(datasetId, filename, content, mode, review, null, caller);
    }

    /**
     * As {@link #submitVersion(DatasetId, String, InputStream, VersionMode, boolean, Caller)}, with a confirmed CRS
     * as {@link #submit(String, InputStream, String, AccessLevel, boolean, Integer, Caller)} takes it.
     */
    public IngestSubmission submitVersion(DatasetId datasetId, String filename, InputStream content, VersionMode mode,
            boolean review, @Nullable Integer crs, Caller caller) {
        catalog.editable(datasetId, caller);
        checkCrs(crs);
        String name = acceptedName(filename);
        return queue(datasetId, blobs.storeRaw(content), name, mode, review, crs, caller);
    }

    /**
     * The schema an ingest job proposes, while it awaits the steward's review.
     *
     * @throws PlatformException {@link ErrorCode#JOB_NOT_FOUND} when the caller may not see the job,
     *     {@link ErrorCode#JOB_NOT_AWAITING_REVIEW} when it is not waiting for a review
     */
    public SchemaProposal proposal(JobId jobId, Caller caller) {
        StoredProposal stored = storedProposal(jobId, caller);
        return new SchemaProposal(new DatasetId(stored.order().datasetId()), stored.order().filename(),
                stored.schema(), stored.issues(), stored.crs());
    }

    /**
     * Confirms a proposed schema, with the steward's changes, and lets the job write the version. The changes are
     * kept for the dataset's next versions, which apply them where the fields still fit.
     *
     * @param fields the fields the steward changed (others keep their inferred type)
     * @throws PlatformException {@link ErrorCode#REVIEW_INVALID} for an unknown field or type
     *     ({@code details.problem} {@code field}, {@code details.field}), and as {@link #proposal}
     */
    public void confirmReview(JobId jobId, List<ReviewedField> fields, Caller caller) {
        confirmReview(jobId, fields, null, caller);
    }

    /**
     * As {@link #confirmReview(JobId, List, Caller)}, confirming or correcting the CRS the proposal asks about
     * ({@link SchemaProposal#crs()}): for a table's coordinate columns a {@code crs} gives the version point geometry
     * (without one they stay plain values); for geodata that declares no CRS its coordinates fit, a {@code crs} is
     * required; a CRS given with the upload may be corrected here. A suggestion is never applied by itself.
     *
     * @param crs EPSG code 28992 (RD New), 4326 (WGS 84) or 4258 (ETRS89); null keeps the one given with the upload,
     *            if any
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for another EPSG code;
     *     {@link ErrorCode#REVIEW_INVALID} for an unknown field or type, for a {@code crs} on a file without
     *     coordinates, one that contradicts the CRS the file declares or one the coordinates cannot be in (given
     *     here or with the upload), and for a missing {@code crs} where the proposal requires one; and as {@link #proposal}. Nothing is changed when it throws.
     */
    public void confirmReview(JobId jobId, List<ReviewedField> fields, @Nullable Integer crs, Caller caller) {
        authorization.requireEditDatasets(caller);
        checkCrs(crs);
        StoredProposal stored = storedProposal(jobId, caller);
        var datasetId = new DatasetId(stored.order().datasetId());
        catalog.editable(datasetId, caller);
        checkReviewedCrs(stored.crs(), crs);
        Map<String, SchemaField> inferred = new LinkedHashMap<>();
        stored.schema().fields().forEach(field -> inferred.put(field.name(), field));
        Map<String, FieldOverride> overrides = new LinkedHashMap<>(catalog.overrides(datasetId));
        for (ReviewedField field : fields) {
            SchemaField proposed = inferred.get(field.name());
            if (proposed == null || !ReviewedField.TYPES.contains(field.type())
                    && !field.type().equals(proposed.type())) {
                throw new PlatformException(ErrorCode.REVIEW_INVALID, "Field '" + field.name()
                        + "' does not exist or cannot be read as '" + field.type() + "'; choose one of "
                        + ReviewedField.TYPES + ".",
                        Map.of("field", field.name(), "problem", "field"));
            }
            FieldOverride changed = SchemaReview.changed(proposed, field.type(), field.format(), field.decimalChar());
            if (changed != null) {
                overrides.put(field.name(), changed);
            }
        }
        catalog.saveOverrides(datasetId, overrides);
        jobs.resume(jobId, task.confirmedInstance(stored.order(), crs != null ? crs : stored.order().crs()));
    }

    /**
     * @throws PlatformException {@link ErrorCode#REVIEW_INVALID} when {@code crs} does not answer the proposal's
     *     question, with {@code details.problem}: {@code crs-not-applicable} (given for a file without coordinates;
     *     {@code details.crs}), {@code crs-contradicts-declared} (contradicting the declared CRS;
     *     {@code details.declared}, {@code details.crs}), {@code crs-does-not-fit} (the coordinates cannot be in
     *     the CRS given now or with the upload; see {@link #doesNotFit}), {@code crs-required} (missing where required;
     *     {@code details.suggested}) or {@code crs-required-unknown} (missing, and the coordinates fit no known CRS)
     */
    private static void checkReviewedCrs(@Nullable CrsProposal proposal, @Nullable Integer crs) {
        if (crs != null && proposal == null) {
            throw new PlatformException(ErrorCode.REVIEW_INVALID, "crs=" + crs + " was given, but this file has no"
                    + " geometry and no coordinate columns (such as x/y or lon/lat) whose CRS could be confirmed."
                    + " Confirm the review without crs.", Map.of("parameter", "crs", "problem", "crs-not-applicable",
                    "crs", crs));
        }
        if (proposal == null) {
            return;
        }
        Integer declared = proposal.declared();
        if (crs != null && declared != null && !sameCoordinates(declared, crs)) {
            throw new PlatformException(ErrorCode.REVIEW_INVALID, "The file declares EPSG:" + declared + ", and its"
                    + " coordinates fit it; crs=" + crs + " contradicts that. Confirm the review without crs to use"
                    + " the file's own CRS, or correct the CRS in the file and upload it again.",
                    Map.of("parameter", "crs", "problem", "crs-contradicts-declared", "declared", declared, "crs",
                            crs));
        }
        Integer chosen = crs != null ? crs : proposal.confirmed();
        CrsProposal.Extent extent = proposal.extent();
        if (chosen != null && extent != null && !CrsGuess.fits(chosen, envelope(extent))) {
            throw doesNotFit(proposal, extent, chosen, crs != null);
        }
        if (crs == null && proposal.required()) {
            Integer suggested = proposal.suggested();
            throw new PlatformException(ErrorCode.REVIEW_INVALID, "The file declares no CRS that fits its"
                    + " coordinates, so Datakraam cannot place them until you confirm one. "
                    + (suggested == null ? "They fit neither RD New nor WGS 84 in the Netherlands; give crs=28992,"
                    + " 4326 or 4258 if you know the CRS, or cancel the job."
                    : "They look like EPSG:" + suggested + "; confirm with crs=" + suggested
                    + " if that is right, or give the right one (28992, 4326 or 4258)."),
                    suggested == null ? Map.of("parameter", "crs", "problem", "crs-required-unknown")
                            : Map.of("parameter", "crs", "problem", "crs-required", "suggested", suggested));
        }
    }

    /**
     * The refusal of a CRS the coordinates cannot be in ({@link CrsGuess#fits}): {@code details} name the columns
     * ({@code source} {@code columns} with {@code xName} and {@code yName}, or {@code geometry} for geodata), the ranges ({@code xMin}, {@code xMax}, {@code yMin},
     * {@code yMax}, in the file's units), the {@code crs}, whether it was given in the review or with the upload
     * ({@code given}) and the CRS that would fit ({@code fitting}: 28992 or 4326, 0 when none does).
     */
    private static PlatformException doesNotFit(CrsProposal proposal, CrsProposal.Extent extent, int crs,
            boolean inReview) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parameter", "crs");
        details.put("problem", "crs-does-not-fit");
        details.put("crs", crs);
        details.put("given", inReview ? "review" : "upload");
        details.put("source", proposal.columns().size() == 2 ? "columns" : "geometry");
        if (proposal.columns().size() == 2) {
            details.put("xName", proposal.columns().get(0));
            details.put("yName", proposal.columns().get(1));
        }
        details.put("xMin", extent.xMin());
        details.put("xMax", extent.xMax());
        details.put("yMin", extent.yMin());
        details.put("yMax", extent.yMax());
        OptionalInt fitting = CrsGuess.fitting(envelope(extent));
        details.put("fitting", fitting.orElse(0));
        String where = proposal.columns().size() == 2 ? "Columns " + proposal.columns().get(0) + " and "
                + proposal.columns().get(1) + " hold" : "The coordinates have";
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
        String english = where + " x values from " + number.format(extent.xMin()) + " to "
                + number.format(extent.xMax()) + " and y values from " + number.format(extent.yMin()) + " to "
                + number.format(extent.yMax()) + ", which cannot be in EPSG:" + crs + (crs == 28992
                ? " (RD New covers x -7,000 to 300,000 and y 289,000 to 629,000 metres)"
                : " (longitude and latitude lie within ±180 and ±90 degrees)") + ". "
                + (fitting.isPresent() ? "They fit EPSG:" + fitting.getAsInt() + "; confirm with crs="
                + fitting.getAsInt() + "." : "They fit neither RD New nor WGS 84; check the columns, or cancel the"
                + " job.") + " Nothing was changed; the job still awaits your review.";
        return new PlatformException(ErrorCode.REVIEW_INVALID, english, details);
    }

    private static Envelope envelope(CrsProposal.Extent extent) {
        return new Envelope(extent.xMin(), extent.xMax(), extent.yMin(), extent.yMax());
    }

    /** Whether two CRSs hold the same coordinates: equal, or both degrees (WGS 84 and ETRS89). */
    private static boolean sameCoordinates(int a, int b) {
        return a == b || a != 28992 && b != 28992;
    }

    private StoredProposal storedProposal(JobId jobId, Caller caller) {
        Job job = jobs.get(jobId, caller);
        return jobs.proposal(job.id()).map(task::proposal).orElseThrow(() -> new PlatformException(
                ErrorCode.JOB_NOT_AWAITING_REVIEW, "Job " + jobId + " is " + job.status().code()
                        + ", not awaiting a schema review.", Map.of("jobId", jobId.toString())));
    }

    private IngestSubmission queue(DatasetId datasetId, StoredBlob raw, String name, VersionMode mode, boolean review,
            @Nullable Integer crs, Caller caller) {
        var jobId = new JobId(UUID.randomUUID());
        var order = new IngestOrder(jobId.value(), datasetId.value(), raw.key(), raw.sha256(), raw.size(), name, mode,
                review, false, crs);
        jobs.submit(jobId, IngestTask.KIND, datasetId.value(), caller.id(), raw.size(), task.instance(order));
        return new IngestSubmission(datasetId, jobId);
    }

    /**
     * The EPSG code of a {@code crs} parameter as people write it: {@code 28992}, {@code EPSG:28992} or
     * {@code urn:ogc:def:crs:EPSG::28992}; null when absent or blank.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for anything else, or a code ingest cannot read
     */
    public static @Nullable Integer crsParameter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().replaceFirst("(?i)^(urn:ogc:def:crs:)?epsg:+", "");
        Integer crs = code.matches("[0-9]{1,9}") ? Integer.valueOf(code) : null;
        checkCrs(crs == null ? -1 : crs);
        return crs;
    }

    private static void checkCrs(@Nullable Integer crs) {
        if (crs != null && !CONFIRMABLE_CRS.contains(crs)) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CRS,
                    Map.of("parameter", "crs", "allowed", CONFIRMABLE_CRS.stream().sorted().toList()));
        }
    }

    /**
     * @throws PlatformException {@link ErrorCode#UPLOAD_UNSUPPORTED_FORMAT} for a file ending this version cannot read
     */
    private static String acceptedName(String filename) {
        String name = baseName(filename);
        String extension = extension(name);
        if (!SUPPORTED_EXTENSIONS.contains(extension)) {
            throw new PlatformException(ErrorCode.UPLOAD_UNSUPPORTED_FORMAT,
                    "Datakraam reads these file types: " + SUPPORTED_EXTENSIONS.stream().sorted()
                            .map(ending -> ending.toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "))
                            + "; '" + name + "' is not one of them. Save it as CSV (UTF-8) or XLSX and upload that.",
                    Map.of("filename", name, "supported", SUPPORTED_EXTENSIONS.stream().sorted().toList()));
        }
        return name;
    }

    private static String baseName(String filename) {
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "upload.csv" : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
