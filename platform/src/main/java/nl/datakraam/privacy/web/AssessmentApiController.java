// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.AssessedInitiatives;
import nl.datakraam.privacy.Assessment;
import nl.datakraam.privacy.AssessmentInput;
import nl.datakraam.privacy.AssessmentKind;
import nl.datakraam.privacy.AssessmentStatus;
import nl.datakraam.privacy.Assessments;
import nl.datakraam.privacy.Initiative;
import nl.datakraam.privacy.PrescanOutcome;
import nl.datakraam.privacy.Questionnaire;
import nl.datakraam.privacy.Questionnaires;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment register's API (issue 9; rules at {@link Assessments}):
 * <ul>
 * <li>{@code GET /v1/assessments?status=&kind=&dataset=&initiative=} — those the caller may see,
 * {@code {items, total}};
 * <li>{@code POST /v1/assessments} — a draft ({@link AssessmentInput}), 201;
 * <li>{@code GET /v1/assessments/{id}}; {@code PATCH /v1/assessments/{id}} — revise (members left out keep their
 * value);
 * <li>{@code POST /v1/assessments/{id}/submit}, {@code …/approve} ({@code {"note": …}}), {@code …/reject}
 * ({@code {"reason": …}}, required);
 * <li>{@code GET /v1/questionnaires}, {@code GET /v1/questionnaires/{id}/{version}} — public;
 * <li>{@code GET /v1/initiatives}, {@code POST /v1/initiatives} ({@code {name, description, ownerOrganisation}});
 * <li>{@code GET /v1/initiatives/indicator} — the number of assessed initiatives, public.
 * </ul>
 * Errors: 401/403 {@code access.*}, 404 {@code privacy.assessment.not-found} (also for a draft of someone else),
 * 400 {@code privacy.assessment.invalid}, 409 {@code privacy.assessment.wrong-state}.
 */
@RestController
class AssessmentApiController {

    private final Assessments assessments;
    private final Questionnaires questionnaires;
    private final Authorization authorization;

    AssessmentApiController(Assessments assessments, Questionnaires questionnaires, Authorization authorization) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.authorization = authorization;
    }

    /**
     * An assessment as the API shows it.
     *
     * @param prescan for a pre-scan, its outcome as the answers stand (also for drafts); null otherwise
     */
    record AssessmentView(UUID id, String kind, String title, String questionnaireId, int questionnaireVersion,
            Map<String, String> answers, String status, @Nullable String outcome, @Nullable PrescanOutcome prescan,
            @Nullable UUID initiative, List<DatasetId> datasets, String createdBy, Instant createdAt,
            Instant modifiedAt, @Nullable String submittedBy, @Nullable Instant submittedAt,
            @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReason) {
    }

    record Decision(@Nullable String note, @Nullable String reason) {
    }

    record NewInitiative(@Nullable String name, @Nullable String description, @Nullable String ownerOrganisation) {
    }

    record QuestionnaireSummary(String id, int version, Map<String, String> title) {
    }

    @GetMapping("/v1/assessments")
    Map<String, Object> list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String dataset,
            @RequestParam(required = false) @Nullable String initiative) {
        AssessmentStatus s = status == null || status.isBlank() ? null : java.util.Arrays
                .stream(AssessmentStatus.values()).filter(v -> v.code().equals(status)).findFirst()
                .orElseThrow(() -> choice("status", java.util.Arrays.stream(AssessmentStatus.values())
                        .map(AssessmentStatus::code).toList()));
        AssessmentKind k = kind == null || kind.isBlank() ? null : AssessmentKind.of(kind)
                .orElseThrow(() -> choice("kind", java.util.Arrays.stream(AssessmentKind.values())
                        .map(AssessmentKind::code).toList()));
        List<AssessmentView> items = assessments.list(s, k, dataset == null ? null : new DatasetId(uuid("dataset",
                dataset)), initiative == null ? null : uuid("initiative", initiative), authorization.currentCaller())
                .stream().map(this::view).toList();
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping("/v1/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentView create(@RequestBody AssessmentInput body) {
        return view(assessments.create(body, authorization.currentCaller()));
    }

    @GetMapping("/v1/assessments/{id}")
    AssessmentView one(@PathVariable UUID id) {
        return view(assessments.get(id, authorization.currentCaller()));
    }

    @PatchMapping("/v1/assessments/{id}")
    AssessmentView revise(@PathVariable UUID id, @RequestBody AssessmentInput body) {
        return view(assessments.revise(id, body, authorization.currentCaller()));
    }

    @PostMapping("/v1/assessments/{id}/submit")
    AssessmentView submit(@PathVariable UUID id) {
        return view(assessments.submit(id, authorization.currentCaller()));
    }

    @PostMapping("/v1/assessments/{id}/approve")
    AssessmentView approve(@PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
        return view(assessments.approve(id, body == null ? null : body.note(), authorization.currentCaller()));
    }

    @PostMapping("/v1/assessments/{id}/reject")
    AssessmentView reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
        return view(assessments.reject(id, body == null ? null : body.reason(), authorization.currentCaller()));
    }

    @GetMapping("/v1/questionnaires")
    Map<String, Object> questionnaires() {
        List<QuestionnaireSummary> items = questionnaires.all().stream()
                .map(q -> new QuestionnaireSummary(q.id(), q.version(), q.title())).toList();
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/v1/questionnaires/{id}/{version}")
    Questionnaire questionnaire(@PathVariable String id, @PathVariable int version) {
        return questionnaires.find(id, version).orElseThrow(() -> new PlatformException(ErrorCode.INVALID_PARAMETER,
                RequestCode.CHOICE, Map.of("parameter", "id", "allowed", questionnaires.all().stream()
                        .map(q -> q.id() + "/" + q.version()).toList())));
    }

    @GetMapping("/v1/initiatives")
    Map<String, Object> initiatives() {
        List<Initiative> items = assessments.initiatives(authorization.currentCaller());
        return Map.of("items", items, "total", items.size(), "indicator", assessments.indicator());
    }

    @PostMapping("/v1/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    Initiative createInitiative(@RequestBody NewInitiative body) {
        return assessments.createInitiative(body.name(), body.description(), body.ownerOrganisation(),
                authorization.currentCaller());
    }

    @GetMapping("/v1/initiatives/indicator")
    AssessedInitiatives indicator() {
        return assessments.indicator();
    }

    private AssessmentView view(Assessment a) {
        return new AssessmentView(a.id(), a.kind().code(), a.title(), a.questionnaireId(), a.questionnaireVersion(),
                a.answers(), a.status().code(), a.outcome(), assessments.prescan(a), a.initiativeId(), a.datasets(),
                a.createdBy(), a.createdAt(), a.modifiedAt(), a.submittedBy(), a.submittedAt(), a.decidedBy(),
                a.decidedAt(), a.decisionReason());
    }

    static UUID uuid(String parameter, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.FORM,
                    Map.of("parameter", parameter, "expected", "uuid"));
        }
    }

    private static PlatformException choice(String parameter, List<String> allowed) {
        return new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                Map.of("parameter", parameter, "allowed", allowed));
    }
}
