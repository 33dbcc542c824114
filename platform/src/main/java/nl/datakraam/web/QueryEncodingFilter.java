// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query string is not percent-encoded UTF-8 (e.g. {@code ?q=%FF}) before anything reads
 * its parameters: the container cannot decode them and would fail with a 500 and a stack trace. The request is
 * answered by {@link ErrorPageController} with 400 {@code request.invalid-encoding} (an RFC 9457 problem on the
 * API, the error page for browsers) and one WARN line is logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryEncodingFilter extends OncePerRequestFilter {

    /** The request attribute that marks a query string refused here. */
    static final String MARK = QueryEncodingFilter.class.getName() + ".invalid";

    private static final Logger log = LoggerFactory.getLogger(QueryEncodingFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUtf8(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Query string of {} {} is not percent-encoded UTF-8; answered 400", request.getMethod(),
                request.getRequestURI());
        request.setAttribute(MARK, Boolean.TRUE);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
    }

    /**
     * Whether {@code query} (as sent, percent-encoded; null when there is none) decodes as UTF-8: every {@code %XX}
     * a hex byte and the bytes well-formed UTF-8 (RFC 3986 section 2.1, RFC 3629).
     */
    static boolean isUtf8(@Nullable String query) {
        if (query == null || query.indexOf('%') < 0 && query.chars().allMatch(c -> c < 0x80)) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int high = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(query.charAt(i + 2), 16);
                if (low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The refused request with no query string and no parameters, so that nothing tries to decode them again. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getQueryString() {
            return null;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }
    }
}
