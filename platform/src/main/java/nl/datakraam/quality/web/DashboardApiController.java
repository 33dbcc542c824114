// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.access.Authorization;
import nl.datakraam.quality.Dashboard;
import nl.datakraam.quality.MqaSettings;
import nl.datakraam.quality.QualityDashboard;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The quality dashboard over the API: {@code GET /v1/quality/dashboard} (JSON, {@link Dashboard}) and the same as a
 * CSV file, one row per dataset, at {@code GET /v1/quality/dashboard.csv} or {@code ?format=csv}. Anonymous callers
 * see only {@code openbaar} datasets in every figure; a bearer token of an administrator shows all.
 *
 * <p>Parameters: {@code organisation} (the publisher's id, e.g. {@code pv20}; absent: all), {@code theme} (a theme
 * of the EU Data Theme list or the TaxonomieBeleidsagenda by IRI or code, kept when a dataset carries it; absent:
 * all; unknown: 400 {@code request.theme-unknown} with {@code details.parameter} {@code theme}), {@code sort} ({@code title},
 * {@code organisation}, {@code access}, {@code mqa}, {@code dataQuality}, {@code overdue}; default {@code title}),
 * {@code order} ({@code asc}, {@code desc}); for JSON {@code limit} (rows per page, 1–1000, default
 * {@value #DEFAULT_LIMIT}) and {@code offset} (rows to skip, default 0): the figures cover every row, {@code rows} is
 * the page; for CSV {@code lang} ({@code nl}, the default, or {@code en}: the header language, delimiter and decimal
 * mark), and always every row. An unknown {@code sort}, {@code order}, {@code format} or {@code lang}, or a
 * {@code limit} or {@code offset} out of range, is a 400 {@code request.invalid-parameter}.
 */
@RestController
class DashboardApiController {

    /** Rows per page of the JSON when {@code limit} is absent. */
    static final int DEFAULT_LIMIT = 100;

    private final QualityDashboard dashboard;
    private final Authorization authorization;
    private final MessageSource messages;
    private final MqaSettings settings;

    DashboardApiController(QualityDashboard dashboard, Authorization authorization, MessageSource messages,
            MqaSettings settings) {
        this.dashboard = dashboard;
        this.authorization = authorization;
        this.messages = messages;
        this.settings = settings;
    }

    /** The dashboard's figures and one row per dataset; with {@code format=csv} the CSV file instead. */
    @Operation(summary = "The quality dashboard: figures over the datasets you may see, and one row per dataset")
    @ApiResponse(responseCode = "200", description = "JSON; with format=csv the CSV file of /v1/quality/dashboard.csv",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Dashboard.class)),
                @Content(mediaType = "text/csv")})
    @ApiResponse(responseCode = "400", description = "Unknown theme, sort, order, format or lang, or limit or offset"
            + " out of range; code request.invalid-parameter, details.parameter names it",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/v1/quality/dashboard")
    ResponseEntity<?> dashboard(@RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable Integer offset,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String lang) {
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok(dashboard.dashboard(authorization.currentCaller(), organisation, theme,
                    DashboardParameters.sort(sort), DashboardParameters.descending(order),
                    DashboardParameters.offset(offset), DashboardParameters.limit(limit, DEFAULT_LIMIT)));
        }
        if (format.equals("csv")) {
            return csv(organisation, theme, sort, order, lang);
        }
        throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                Map.of("parameter", "format", "allowed", List.of("json", "csv")));
    }

    /** The dashboard as a CSV file, one row per dataset, all of them (see {@link DashboardCsv}). */
    @Operation(summary = "The quality dashboard as a CSV file for Excel, one row per dataset")
    @ApiResponse(responseCode = "200", description = "UTF-8 with BOM; nl: ';' and decimal comma, en: ',' and point",
            content = @Content(mediaType = "text/csv"))
    @GetMapping("/v1/quality/dashboard.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String order,
            @RequestParam(required = false) @Nullable String lang) {
        Locale locale;
        if (lang == null || lang.equals("nl")) {
            locale = Locale.forLanguageTag("nl");
        } else if (lang.equals("en")) {
            locale = Locale.ENGLISH;
        } else {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                    Map.of("parameter", "lang", "allowed", List.of("nl", "en")));
        }
        return DashboardCsv.response(dashboard.dashboard(authorization.currentCaller(), organisation, theme,
                DashboardParameters.sort(sort), DashboardParameters.descending(order)), locale, messages,
                baseUrl(settings));
    }

    /** The public address when configured, else the address of this request. */
    static String baseUrl(MqaSettings settings) {
        String configured = settings.publicBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
