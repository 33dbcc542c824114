// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.datakraam.access.Authorization;
import nl.datakraam.harvest.HarvestRun;
import nl.datakraam.harvest.HarvestSource;
import nl.datakraam.harvest.Harvester;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.LocalisedMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Harvest sources (issue 8): {@code POST /v1/harvest-sources} adds one, {@code GET /v1/harvest-sources} lists them,
 * {@code GET /v1/harvest-sources/{id}} shows one with its last run, {@code POST /v1/harvest-sources/{id}/run}
 * harvests it now and answers when done. For the beheerder and data-eigenaar (401 {@code access.login-required}
 * anonymous, 403 {@code access.not-allowed} other roles); an unknown id is 404 {@code harvest.source-not-found}.
 */
@RestController
class HarvestApiController {

    private final Harvester harvester;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    HarvestApiController(Harvester harvester, Authorization authorization, LocalisedMessages messages) {
        this.harvester = harvester;
        this.authorization = authorization;
        this.messages = messages;
    }

    /**
     * @param name         shown on harvested datasets' pages
     * @param kind         {@code ckan} or {@code dcat}
     * @param url          the CKAN site, or the first page of the DCAT endpoint
     * @param interval     ISO 8601 duration between scheduled harvests, at least {@code PT5M}; default {@code P1D}
     * @param organisation id of the organisation the datasets are published under; default each record's publisher
     */
    record NewSource(@Nullable String name, @Schema(allowableValues = {"ckan", "dcat"}) @Nullable String kind,
            @Nullable String url, @Schema(defaultValue = "P1D") @Nullable String interval,
            @Nullable String organisation) {
    }

    /** One message: its stable code, its facts, and its text in the language asked for. */
    record Problem(String code, java.util.Map<String, Object> arguments, String message) {
    }

    /**
     * The counts and messages of one run ({@link HarvestRun}); {@code errors} not empty means nothing was imported.
     */
    record Run(Instant startedAt, Instant finishedAt, int created, int updated, int unchanged, int gone, int failed,
            List<Problem> errors, List<Problem> problems) {
    }

    /** A source; {@code lastRun} null before its first harvest. */
    record Source(String id, String name, String kind, String url, String interval, @Nullable String organisation,
            Instant nextRunAt, @Nullable Run lastRun) {
    }

    @PostMapping("/v1/harvest-sources")
    @ResponseStatus(HttpStatus.CREATED)
    Source add(@RequestBody NewSource body, Locale locale) {
        return of(harvester.add(body.name(), body.kind(), body.url(), body.interval(), body.organisation(),
                authorization.currentCaller()), locale);
    }

    @GetMapping("/v1/harvest-sources")
    java.util.Map<String, Object> all(Locale locale) {
        List<Source> items = harvester.all(authorization.currentCaller()).stream().map(s -> of(s, locale)).toList();
        return java.util.Map.of("items", items, "total", items.size());
    }

    @GetMapping("/v1/harvest-sources/{id}")
    Source one(@PathVariable String id, Locale locale) {
        return of(harvester.get(id, authorization.currentCaller()), locale);
    }

    @PostMapping("/v1/harvest-sources/{id}/run")
    Source run(@PathVariable String id, Locale locale) {
        return of(harvester.run(id, authorization.currentCaller()), locale);
    }

    private Source of(HarvestSource s, Locale locale) {
        HarvestRun r = s.lastRun();
        return new Source(s.id(), s.name(), s.kind().code(), s.url(), s.interval().toString(), s.organisation(),
                s.nextRunAt(), r == null ? null : new Run(r.startedAt(), r.finishedAt(), r.created(), r.updated(),
                        r.unchanged(), r.gone(), r.failed(), problems(r.errors(), locale),
                        problems(r.problems(), locale)));
    }

    private List<Problem> problems(List<Message> list, Locale locale) {
        return list.stream().map(m -> new Problem(m.code(), m.arguments(), messages.message(m, locale))).toList();
    }
}
