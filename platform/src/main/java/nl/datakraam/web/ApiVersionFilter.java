// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Adds {@code API-Version} to every {@code /v1} response (Dutch API Design Rules, API-57). */
@Component
class ApiVersionFilter extends OncePerRequestFilter {

    /** The semantic version of the {@code /v1} API. */
    static final String API_VERSION = "1.0.0";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/v1/")) {
            response.setHeader("API-Version", API_VERSION);
        }
        chain.doFilter(request, response);
    }
}
