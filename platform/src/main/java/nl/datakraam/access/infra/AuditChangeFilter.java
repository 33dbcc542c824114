// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Authorization;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request that may change something — any method but GET, HEAD, OPTIONS and TRACE, and other than the
 * reads that are posted (SQL, the CKAN API; their reads of non-public data are recorded as such) — in the audit
 * log after it has been handled: action {@code http.change}, the signed-in caller (or {@code anonymous}), channel
 * {@code METHOD /path} (never the query string), outcome the response status ({@code 500} when an exception
 * escaped), and the dataset when the path is {@code /v1/datasets/{uuid}...} or {@code /datasets/{uuid}...}. Sits in
 * both security filter chains after authentication, so that the caller is known, and before authorisation, so that
 * refused attempts are recorded too. Sign-in and sign-out are handled before it and recorded from Spring Security's
 * events ({@link AuthenticationAuditListener}).
 *
 * <p>The entry is written after the change, in its own transaction: if that write fails, the exception reaches the
 * container (logged, and a 500 when the response is not yet sent) but cannot undo a change that has committed;
 * changes that must not happen unrecorded are recorded by their module inside their transaction
 * ({@link AuditLog#record}).
 */
class AuditChangeFilter extends OncePerRequestFilter {

    static final String ACTION = "http.change";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Pattern DATASET_PATH = Pattern.compile(
            "/(?:v1/)?datasets/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:/.*)?");

    private final AuditLog audit;
    private final Authorization authorization;

    AuditChangeFilter(AuditLog audit, Authorization authorization) {
        this.audit = audit;
        this.authorization = authorization;
    }

    /** Reads are not changes: safe methods, and the reads that are posted ({@link BearerTokenFilter#reads}). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || BearerTokenFilter.reads(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean escaped = true;
        try {
            chain.doFilter(request, response);
            escaped = false;
        } finally {
            audit.record(authorization.currentCaller(), ACTION, datasetId(request), null, Map.of(),
                    escaped ? "500" : Integer.toString(response.getStatus()));
        }
    }

    /** The dataset a path such as {@code /v1/datasets/{uuid}/versions} names, or null. */
    static @Nullable UUID datasetId(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = DATASET_PATH.matcher(path);
        return matcher.matches() ? UUID.fromString(matcher.group(1)) : null;
    }
}
