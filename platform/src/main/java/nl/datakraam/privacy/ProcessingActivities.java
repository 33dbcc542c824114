// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processing register of AVG art. 30 (issue 9). The register is public: everyone reads the activities marked
 * public, without contact details and security measures ({@link ProcessingActivity#forPublic}); staff read every
 * activity in full. The beheerder, data-eigenaar and functionaris-gegevensbescherming add and change activities;
 * each change is recorded in the audit log ({@code processing-activity.create}, {@code .update}). Linked datasets
 * are shown to a reader only when the reader may read them. Thread-safe.
 */
@Service
public class ProcessingActivities {

    private static final int MAX_NAME = 242;
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_ITEM = 242;
    private static final int MAX_ITEMS = 100;

    private final ProcessingActivityStore store;
    private final Catalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    ProcessingActivities(ProcessingActivityStore store, Catalog catalog, AuditLog audit, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the caller may add and change activities: beheerder, data-eigenaar, functionaris-gegevensbescherming. */
    public static boolean mayEdit(Caller caller) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_STEWARD)
                || caller.hasRole(Caller.ROLE_PRIVACY_OFFICER);
    }

    /** The activities the caller may read, by name: every one for staff, the public ones (redacted) for others. */
    public List<ProcessingActivity> list(Caller caller) {
        return store.all().stream().filter(a -> a.isPublic() || Assessments.isStaff(caller))
                .map(a -> asSeenBy(a, caller)).toList();
    }

    /**
     * One activity as the caller may read it.
     *
     * @throws PlatformException {@link ErrorCode#PROCESSING_ACTIVITY_NOT_FOUND} when absent, or not public and the
     *     caller is not staff
     */
    public ProcessingActivity get(UUID id, Caller caller) {
        return store.find(id).filter(a -> a.isPublic() || Assessments.isStaff(caller)).map(a -> asSeenBy(a, caller))
                .orElseThrow(() -> new PlatformException(ErrorCode.PROCESSING_ACTIVITY_NOT_FOUND,
                        "No processing activity " + id + " that you may see.", Map.of("id", id)));
    }

    /** The activities linked to a dataset, for retention (no caller: the platform's own rule). */
    List<ProcessingActivity> ofDataset(DatasetId dataset) {
        return store.ofDataset(dataset);
    }

    List<DatasetId> datasetsWithPeriod() {
        return store.datasetsWithActivityPeriod();
    }

    /**
     * Adds an activity.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} unless
     *     {@link #mayEdit}; {@link ErrorCode#PROCESSING_ACTIVITY_INVALID} for a missing or bad value (naam, doel,
     *     grondslag, verantwoordelijkeOrganisatie are required); {@link ErrorCode#DATASET_NOT_FOUND} for a dataset
     *     the caller may not read
     */
    @Transactional
    public ProcessingActivity create(ProcessingActivityInput input, Caller caller) {
        requireEdit(caller);
        Instant now = now();
        ProcessingActivity activity = checked(UUID.randomUUID(), input, List.of(), caller, caller.id(), now);
        store.insert(activity);
        audit.record(caller, "processing-activity.create", null, null, Map.of("activity", activity.id().toString()));
        return activity;
    }

    /**
     * Replaces an activity's fields.
     *
     * @throws PlatformException {@link ErrorCode#PROCESSING_ACTIVITY_NOT_FOUND}; otherwise as {@link #create}
     */
    @Transactional
    public ProcessingActivity update(UUID id, ProcessingActivityInput input, Caller caller) {
        requireEdit(caller);
        ProcessingActivity present = get(id, caller);
        ProcessingActivity activity = checked(id, input, present.datasets(), caller, present.createdBy(),
                present.createdAt());
        store.update(activity);
        audit.record(caller, "processing-activity.update", null, null, Map.of("activity", id.toString()));
        return activity;
    }

    private ProcessingActivity asSeenBy(ProcessingActivity a, Caller caller) {
        List<DatasetId> readable = a.datasets().isEmpty() ? List.of()
                : catalog.findAll(a.datasets(), caller).stream().map(Dataset::id).toList();
        if (Assessments.isStaff(caller)) {
            return new ProcessingActivity(a.id(), a.name(), a.category(), a.purpose(), a.legalBasis(),
                    a.legalBasisNote(), a.controller(), a.contact(), a.dataSubjects(), a.personalData(),
                    a.specialCategories(), a.recipients(), a.thirdCountries(), a.origin(), a.retention(),
                    a.retentionPeriod(), a.securityMeasures(), a.isPublic(),
                    a.datasets().stream().filter(readable::contains).toList(), a.createdBy(), a.createdAt(),
                    a.modifiedBy(), a.modifiedAt());
        }
        return a.forPublic(readable);
    }

    private ProcessingActivity checked(UUID id, ProcessingActivityInput in, List<DatasetId> present, Caller caller,
            String createdBy, Instant createdAt) {
        String basisCode = required("grondslag", in.grondslag(), 40);
        LegalBasis basis = LegalBasis.of(basisCode).orElseThrow(() -> invalid(RequestCode.CHOICE,
                Map.of("parameter", "grondslag", "allowed",
                        java.util.Arrays.stream(LegalBasis.values()).map(LegalBasis::code).toList())));
        List<SpecialCategory> special = new ArrayList<>();
        for (String code : items("bijzondereCategorieenPersoonsgegevens", in.bijzondereCategorieenPersoonsgegevens())) {
            special.add(SpecialCategory.of(code).orElseThrow(() -> invalid(RequestCode.CHOICE, Map.of("parameter",
                    "bijzondereCategorieenPersoonsgegevens", "allowed",
                    java.util.Arrays.stream(SpecialCategory.values()).map(SpecialCategory::code).toList()))));
        }
        Period period = in.bewaartermijnDuur() == null || in.bewaartermijnDuur().isBlank() ? null
                : Retention.period("bewaartermijnDuur", in.bewaartermijnDuur(), ErrorCode.PROCESSING_ACTIVITY_INVALID);
        return new ProcessingActivity(id, required("naam", in.naam(), MAX_NAME), optional("categorie",
                in.categorie(), MAX_NAME), required("doel", in.doel(), MAX_TEXT), basis,
                optional("toelichtingGrondslag", in.toelichtingGrondslag(), MAX_TEXT),
                required("verantwoordelijkeOrganisatie", in.verantwoordelijkeOrganisatie(), 300),
                optional("contactgegevens", in.contactgegevens(), 500),
                items("categorieenBetrokkenen", in.categorieenBetrokkenen()),
                items("categorieenPersoonsgegevens", in.categorieenPersoonsgegevens()), List.copyOf(special),
                items("afnemendeCategorieOntvangers", in.afnemendeCategorieOntvangers()),
                items("afnemendeInternationaleDerden", in.afnemendeInternationaleDerden()),
                optional("herkomst", in.herkomst(), MAX_TEXT), optional("bewaartermijn", in.bewaartermijn(), MAX_TEXT),
                period, optional("beveiligingsmaatregelen", in.beveiligingsmaatregelen(), MAX_TEXT),
                Boolean.TRUE.equals(in.openbaar()),
                PrivacyRules.datasets(in.datasets(), present, caller, catalog, ErrorCode.PROCESSING_ACTIVITY_INVALID),
                createdBy, createdAt,
                caller.id(), now());
    }

    private static List<String> items(String parameter, @Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> items = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                .toList();
        if (items.size() > MAX_ITEMS) {
            throw invalid(RequestCode.RANGE, Map.of("parameter", parameter, "min", 0, "max", MAX_ITEMS));
        }
        items.forEach(item -> optional(parameter, item, MAX_ITEM));
        return items;
    }

    private static String required(String parameter, @Nullable String value, int max) {
        String text = optional(parameter, value, max);
        if (text == null) {
            throw invalid(RequestCode.MISSING, Map.of("parameter", parameter));
        }
        return text;
    }

    private static @Nullable String optional(String parameter, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw invalid(RequestCode.LENGTH, Map.of("parameter", parameter, "minLength", 1, "maxLength", max,
                    "length", text.length()));
        }
        return text;
    }

    private static PlatformException invalid(RequestCode code, Map<String, ?> arguments) {
        return new PlatformException(ErrorCode.PROCESSING_ACTIVITY_INVALID, code, arguments);
    }

    private static void requireEdit(Caller caller) {
        if (mayEdit(caller)) {
            return;
        }
        throw PrivacyRules.denied(caller, "change the processing register");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
