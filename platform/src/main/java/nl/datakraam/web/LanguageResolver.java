// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The reader's language: on the API ({@code /v1/**}) from {@code Accept-Language}, as HTTP clients ask; on the
 * pages from the interface's own choice ({@code ?lang=en}, kept in a cookie). Dutch unless English is asked for.
 */
final class LanguageResolver implements LocaleResolver {

    private final LocaleResolver pages;
    private final LocaleResolver api;

    LanguageResolver(LocaleResolver pages, LocaleResolver api) {
        this.pages = pages;
        this.api = api;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return (isApi(request) ? api : pages).resolveLocale(request);
    }

    /** Remembers a page reader's choice; an API client says its language on every request, so that is ignored. */
    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable Locale locale) {
        if (!isApi(request)) {
            pages.setLocale(request, response, locale);
        }
    }

    /** Whether the request (or, in an error dispatch, the request that failed) is one of the API's. */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return path.startsWith("/v1/");
    }
}
