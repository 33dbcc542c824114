// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.PrivacyCode;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment register (issue 9): DPIA pre-scans, DPIAs, ethics checks and BIO classifications of initiatives
 * and datasets, answered against a versioned {@link Questionnaire}. Thread-safe.
 *
 * <p>Workflow: a staff member (beheerder, data-eigenaar, functionaris-gegevensbescherming, medewerker) creates a
 * {@code draft} and answers it; its creator (or a beheerder) revises and submits it once every required question is
 * answered; a functionaris-gegevensbescherming who neither created nor submitted it approves or rejects it (with a
 * reason). A rejected assessment is revised and submitted again; an approved one is final (a new assessment replaces
 * it). Drafts are seen by their creator and the beheerder only; other assessments by all staff. Every change is
 * recorded in the audit log ({@code assessment.*}). Partners and the public see none (403 / 401).
 */
@Service
public class Assessments {

    private static final int MAX_TITLE = 300;
    private static final int MAX_ANSWER = 20_000;

    private final AssessmentStore store;
    private final Questionnaires questionnaires;
    private final Catalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(AssessmentStore store, Questionnaires questionnaires, Catalog catalog, AuditLog audit, Clock clock) {
        this.store = store;
        this.questionnaires = questionnaires;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the dataset counts as assessed, for the publication gate: an assessment linked to it is
     * {@code approved} (its latest decision) and is a DPIA, or a DPIA pre-scan whose outcome is that no DPIA is
     * required. An approved ethics check or BIO classification alone does not count. No caller: the gate asks for
     * the dataset it checks.
     */
    public boolean approvedFor(DatasetId id) {
        return store.approvedFor(id);
    }

    /**
     * Creates a draft against the newest questionnaire of its kind.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for non-staff;
     *     {@link ErrorCode#ASSESSMENT_INVALID} for a missing or bad kind or title, or a bad answer;
     *     {@link ErrorCode#INITIATIVE_NOT_FOUND}; {@link ErrorCode#DATASET_NOT_FOUND} for a dataset the caller may
     *     not read
     */
    @Transactional
    public Assessment create(AssessmentInput input, Caller caller) {
        requireStaff(caller);
        if (input.kind() == null || input.kind().isBlank()) {
            throw invalid(RequestCode.MISSING, Map.of("parameter", "kind"));
        }
        AssessmentKind kind = AssessmentKind.of(input.kind().strip()).orElseThrow(() -> invalid(RequestCode.CHOICE,
                Map.of("parameter", "kind", "allowed", kinds())));
        Questionnaire questionnaire = questionnaires.latest(kind);
        Instant now = now();
        List<DatasetId> datasets = PrivacyRules.datasets(input.datasets(), List.of(), caller, catalog,
                ErrorCode.ASSESSMENT_INVALID);
        var draft = new Assessment(UUID.randomUUID(), kind, title(input.title(), null), questionnaire.id(),
                questionnaire.version(), answers(questionnaire, Map.of(), input.answers()), AssessmentStatus.DRAFT,
                null, initiative(input.initiative(), null), datasets, caller.id(), now, now, null, null, null, null,
                null);
        store.insert(draft);
        audit.record(caller, "assessment.create", null, null, Map.of("assessment", draft.id().toString(),
                "kind", kind.code(), "questionnaire", questionnaire.id() + " v" + questionnaire.version()));
        return draft;
    }

    /**
     * Revises a draft or rejected assessment: title, initiative, datasets, answers (merged into the present ones).
     *
     * @throws PlatformException {@link ErrorCode#ASSESSMENT_NOT_FOUND} when absent or not visible;
     *     {@link ErrorCode#NOT_ALLOWED} unless the caller created it or is beheerder;
     *     {@link ErrorCode#ASSESSMENT_WRONG_STATE} when submitted or approved; otherwise as {@link #create}
     */
    @Transactional
    public Assessment revise(UUID id, AssessmentInput input, Caller caller) {
        Assessment a = ownOrAdministrator(get(id, caller), caller, "revise this assessment");
        requireEditable(a, "revised");
        if (input.kind() != null && !input.kind().isBlank() && !input.kind().strip().equals(a.kind().code())) {
            throw invalid(RequestCode.NOT_EDITABLE, Map.of("parameter", "kind", "editable",
                    List.of("title", "initiative", "datasets", "answers")));
        }
        Questionnaire questionnaire = questionnaireOf(a);
        var revised = new Assessment(a.id(), a.kind(), title(input.title(), a.title()), a.questionnaireId(),
                a.questionnaireVersion(), answers(questionnaire, a.answers(), input.answers()), a.status(), a.outcome(),
                input.initiative() == null ? a.initiativeId() : initiative(input.initiative(), null),
                PrivacyRules.datasets(input.datasets(), a.datasets(), caller, catalog,
                        ErrorCode.ASSESSMENT_INVALID), a.createdBy(), a.createdAt(), now(),
                a.submittedBy(), a.submittedAt(), a.decidedBy(), a.decidedAt(), a.decisionReason());
        save(revised, a.status());
        audit.record(caller, "assessment.revise", null, null, Map.of("assessment", id.toString()));
        return revised;
    }

    /**
     * Submits a draft or rejected assessment for a decision; computes its outcome (pre-scan, BIO).
     *
     * @throws PlatformException {@link ErrorCode#ASSESSMENT_INVALID} ({@link PrivacyCode#ANSWERS_MISSING}) while a
     *     required question is unanswered; otherwise as {@link #revise}
     */
    @Transactional
    public Assessment submit(UUID id, Caller caller) {
        Assessment a = ownOrAdministrator(get(id, caller), caller, "submit this assessment");
        requireEditable(a, "submitted");
        Questionnaire questionnaire = questionnaireOf(a);
        List<String> missing = questionnaire.questions().stream()
                .filter(q -> q.mandatory() && blank(a.answers().get(q.id()))).map(Questionnaire.Question::id)
                .toList();
        if (!missing.isEmpty()) {
            throw invalid(PrivacyCode.ANSWERS_MISSING, Map.of("questions", missing));
        }
        Instant now = now();
        var submitted = new Assessment(a.id(), a.kind(), a.title(), a.questionnaireId(), a.questionnaireVersion(),
                a.answers(), AssessmentStatus.SUBMITTED, outcome(a.kind(), questionnaire, a.answers()),
                a.initiativeId(), a.datasets(), a.createdBy(), a.createdAt(), now, caller.id(), now, null, null,
                null);
        save(submitted, a.status());
        audit.record(caller, "assessment.submit", null, null, details(submitted));
        return submitted;
    }

    /**
     * Approves a submitted assessment.
     *
     * @param note an optional note with the approval, up to 20 000 characters
     * @throws PlatformException {@link ErrorCode#NOT_ALLOWED} unless the caller has the role
     *     functionaris-gegevensbescherming and neither created nor submitted it;
     *     {@link ErrorCode#ASSESSMENT_WRONG_STATE}
     *     unless it is submitted; {@link ErrorCode#ASSESSMENT_NOT_FOUND}
     */
    @Transactional
    public Assessment approve(UUID id, @Nullable String note, Caller caller) {
        return decide(id, AssessmentStatus.APPROVED, blank(note) ? null : length("note", note), caller);
    }

    /**
     * Rejects a submitted assessment; its creator may revise and submit it again.
     *
     * @param reason why, required, up to 20 000 characters
     * @throws PlatformException {@link ErrorCode#ASSESSMENT_INVALID} ({@link PrivacyCode#REASON_MISSING}) without a
     *     reason; otherwise as {@link #approve}
     */
    @Transactional
    public Assessment reject(UUID id, @Nullable String reason, Caller caller) {
        Assessment a = get(id, caller);
        requireDecider(a, caller);
        if (blank(reason)) {
            throw invalid(PrivacyCode.REASON_MISSING, Map.of());
        }
        return decide(id, AssessmentStatus.REJECTED, length("reason", reason), caller);
    }

    private Assessment decide(UUID id, AssessmentStatus decision, @Nullable String reason, Caller caller) {
        Assessment a = get(id, caller);
        requireDecider(a, caller);
        if (a.status() != AssessmentStatus.SUBMITTED) {
            throw wrongState(a, decision == AssessmentStatus.APPROVED ? "approved" : "rejected");
        }
        Instant now = now();
        var decided = new Assessment(a.id(), a.kind(), a.title(), a.questionnaireId(), a.questionnaireVersion(),
                a.answers(), decision, a.outcome(), a.initiativeId(), a.datasets(), a.createdBy(), a.createdAt(), now,
                a.submittedBy(), a.submittedAt(), caller.id(), now, reason);
        save(decided, AssessmentStatus.SUBMITTED);
        audit.record(caller, "assessment." + (decision == AssessmentStatus.APPROVED ? "approve" : "reject"), null,
                null, details(decided));
        return decided;
    }

    /** Whether the caller may approve or reject this assessment now (for pages: show the buttons). */
    public boolean mayDecide(Assessment a, Caller caller) {
        return a.status() == AssessmentStatus.SUBMITTED && caller.hasRole(Caller.ROLE_PRIVACY_OFFICER)
                && !caller.id().equals(a.createdBy()) && !caller.id().equals(a.submittedBy());
    }

    /** Whether the caller may revise and submit this assessment now (for pages: show the form). */
    public boolean mayRevise(Assessment a, Caller caller) {
        return a.editable() && (caller.id().equals(a.createdBy()) || caller.hasRole(Caller.ROLE_ADMINISTRATOR));
    }

    /**
     * One assessment.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for non-staff;
     *     {@link ErrorCode#ASSESSMENT_NOT_FOUND} when absent or a draft of someone else (unless beheerder)
     */
    public Assessment get(UUID id, Caller caller) {
        requireStaff(caller);
        return store.find(id).filter(a -> visible(a, caller)).orElseThrow(() -> new PlatformException(
                ErrorCode.ASSESSMENT_NOT_FOUND, "No assessment " + id + " that you may see.", Map.of("id", id)));
    }

    /**
     * The assessments the caller may see, newest change first, optionally of one status, kind, dataset or
     * initiative.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for non-staff
     */
    public List<Assessment> list(@Nullable AssessmentStatus status, @Nullable AssessmentKind kind,
            @Nullable DatasetId dataset, @Nullable UUID initiative, Caller caller) {
        requireStaff(caller);
        return (dataset == null ? store.all() : store.ofDataset(dataset)).stream()
                .filter(a -> visible(a, caller))
                .filter(a -> status == null || a.status() == status)
                .filter(a -> kind == null || a.kind() == kind)
                .filter(a -> initiative == null || initiative.equals(a.initiativeId()))
                .toList();
    }

    /** The questionnaire version the assessment was answered against. */
    public Questionnaire questionnaireOf(Assessment a) {
        return questionnaires.find(a.questionnaireId(), a.questionnaireVersion()).orElseThrow(() ->
                new IllegalStateException("questionnaire " + a.questionnaireId() + " v" + a.questionnaireVersion()
                        + " of assessment " + a.id() + " is gone; questionnaire versions must never be removed"));
    }

    /** The pre-scan's outcome as the answers stand (also for drafts); null for other kinds. */
    public @Nullable PrescanOutcome prescan(Assessment a) {
        return a.kind() == AssessmentKind.DPIA_PRESCAN ? PrescanOutcome.of(questionnaireOf(a), a.answers()) : null;
    }

    // initiatives

    /**
     * Registers an initiative.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} unless beheerder,
     *     data-eigenaar or functionaris-gegevensbescherming; {@link ErrorCode#ASSESSMENT_INVALID} for a missing
     *     name (1–300 characters) or owner organisation (1–300), or a description over 20 000 characters
     */
    @Transactional
    public Initiative createInitiative(@Nullable String name, @Nullable String description,
            @Nullable String ownerOrganisation, Caller caller) {
        if (!(caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_STEWARD)
                || caller.hasRole(Caller.ROLE_PRIVACY_OFFICER))) {
            throw PrivacyRules.denied(caller, "register initiatives");
        }
        var initiative = new Initiative(UUID.randomUUID(), required("name", name, MAX_TITLE),
                blank(description) ? null : length("description", description),
                required("ownerOrganisation", ownerOrganisation, MAX_TITLE), caller.id(), now(), false);
        store.insertInitiative(initiative);
        audit.record(caller, "initiative.create", null, null, Map.of("initiative", initiative.id().toString()));
        return initiative;
    }

    /**
     * Every initiative, by name.
     *
     * @throws PlatformException {@link ErrorCode#LOGIN_REQUIRED} / {@link ErrorCode#NOT_ALLOWED} for non-staff
     */
    public List<Initiative> initiatives(Caller caller) {
        requireStaff(caller);
        return store.initiatives();
    }

    /** The indicator "number of assessed initiatives"; public (it names no initiative). */
    public AssessedInitiatives indicator() {
        return store.indicator();
    }

    // rules

    /** Staff: beheerder, data-eigenaar, functionaris-gegevensbescherming, medewerker. */
    public static boolean isStaff(Caller caller) {
        return caller.hasRole(Caller.ROLE_ADMINISTRATOR) || caller.hasRole(Caller.ROLE_STEWARD)
                || caller.hasRole(Caller.ROLE_PRIVACY_OFFICER) || caller.hasRole(Caller.ROLE_STAFF);
    }

    private static void requireStaff(Caller caller) {
        if (!isStaff(caller)) {
            throw PrivacyRules.denied(caller, "see the assessment register");
        }
    }

    private static boolean visible(Assessment a, Caller caller) {
        return a.status() != AssessmentStatus.DRAFT || caller.id().equals(a.createdBy())
                || caller.hasRole(Caller.ROLE_ADMINISTRATOR);
    }

    private static Assessment ownOrAdministrator(Assessment a, Caller caller, String what) {
        if (!caller.id().equals(a.createdBy()) && !caller.hasRole(Caller.ROLE_ADMINISTRATOR)) {
            throw PrivacyRules.denied(caller, what);
        }
        return a;
    }

    private void requireDecider(Assessment a, Caller caller) {
        if (!caller.hasRole(Caller.ROLE_PRIVACY_OFFICER)) {
            throw PrivacyRules.denied(caller,
                    "decide on assessments (the functionaris gegevensbescherming does)");
        }
        if (caller.id().equals(a.createdBy()) || caller.id().equals(a.submittedBy())) {
            throw PrivacyRules.denied(caller, "decide on an assessment you created or submitted");
        }
    }

    private static void requireEditable(Assessment a, String action) {
        if (!a.editable()) {
            throw wrongState(a, action);
        }
    }

    private void save(Assessment a, AssessmentStatus expected) {
        if (!store.update(a, expected)) {
            throw new PlatformException(ErrorCode.ASSESSMENT_WRONG_STATE, PrivacyCode.WRONG_STATE,
                    Map.of("status", "changed meanwhile", "action", "changed"));
        }
    }

    private static PlatformException wrongState(Assessment a, String action) {
        return new PlatformException(ErrorCode.ASSESSMENT_WRONG_STATE, PrivacyCode.WRONG_STATE,
                Map.of("status", a.status().code(), "action", action));
    }

    private static PlatformException invalid(nl.datakraam.lib.messages.MessageCode code, Map<String, ?> arguments) {
        return new PlatformException(ErrorCode.ASSESSMENT_INVALID, code, arguments);
    }

    private static @Nullable String outcome(AssessmentKind kind, Questionnaire questionnaire,
            Map<String, String> answers) {
        return switch (kind) {
            case DPIA_PRESCAN -> PrescanOutcome.of(questionnaire, answers).code();
            case BIO -> answers.values().stream().filter(v -> v.matches("BBN[1-3]"))
                    .max(Comparator.naturalOrder()).orElse(null);
            default -> null;
        };
    }

    /** The present answers with the given ones merged in, each checked against the questionnaire. */
    private static Map<String, String> answers(Questionnaire questionnaire, Map<String, String> present,
            @Nullable Map<String, @Nullable String> given) {
        Map<String, String> answers = new LinkedHashMap<>(present);
        if (given == null) {
            return answers;
        }
        for (Map.Entry<String, @Nullable String> entry : given.entrySet()) {
            Questionnaire.Question question = questionnaire.question(entry.getKey()).orElseThrow(() -> invalid(
                    PrivacyCode.QUESTION_UNKNOWN, Map.of("question", entry.getKey(), "questionnaire",
                            questionnaire.id(), "version", questionnaire.version())));
            String value = entry.getValue();
            if (blank(value)) {
                answers.remove(question.id());
                continue;
            }
            value = value.strip();
            if (!question.allowed().isEmpty() && !question.allowed().contains(value)) {
                throw invalid(PrivacyCode.ANSWER_INVALID, Map.of("question", question.id(), "allowed",
                        question.allowed()));
            }
            answers.put(question.id(), length(question.id(), value));
        }
        return answers;
    }

    private @Nullable UUID initiative(@Nullable String value, @Nullable UUID present) {
        if (value == null) {
            return present;
        }
        if (value.isBlank()) {
            return null;
        }
        UUID id = uuid("initiative", value);
        if (store.initiative(id).isEmpty()) {
            throw new PlatformException(ErrorCode.INITIATIVE_NOT_FOUND, "No initiative " + id + ".",
                    Map.of("id", id));
        }
        return id;
    }

    private static UUID uuid(String parameter, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(RequestCode.FORM, Map.of("parameter", parameter, "expected", "uuid"));
        }
    }

    private static String title(@Nullable String value, @Nullable String present) {
        if (value == null && present != null) {
            return present;
        }
        return required("title", value, MAX_TITLE);
    }

    private static String required(String parameter, @Nullable String value, int max) {
        if (blank(value)) {
            throw invalid(RequestCode.MISSING, Map.of("parameter", parameter));
        }
        String text = value.strip();
        if (text.length() > max) {
            throw invalid(RequestCode.LENGTH, Map.of("parameter", parameter, "minLength", 1, "maxLength", max,
                    "length", text.length()));
        }
        return text;
    }

    private static String length(String parameter, String value) {
        if (value.length() > MAX_ANSWER) {
            throw invalid(RequestCode.LENGTH, Map.of("parameter", parameter, "minLength", 0, "maxLength",
                    MAX_ANSWER, "length", value.length()));
        }
        return value;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static List<String> kinds() {
        return java.util.Arrays.stream(AssessmentKind.values()).map(AssessmentKind::code).toList();
    }

    private static Map<String, String> details(Assessment a) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("assessment", a.id().toString());
        details.put("kind", a.kind().code());
        details.put("status", a.status().code());
        if (a.outcome() != null) {
            details.put("outcome", a.outcome());
        }
        return details;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
