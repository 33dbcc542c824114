// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.datakraam.shared.LocalisedMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Language: Dutch by default, English on request. The pages switch with {@code ?lang=en} (remembered in a cookie);
 * the API follows {@code Accept-Language} and says which language it answered in ({@code Content-Language}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = LocalisedMessages.DUTCH;

    @Bean
    LocaleResolver localeResolver() {
        var pages = new CookieLocaleResolver("datakraam-taal");
        pages.setDefaultLocale(DUTCH);
        pages.setCookieMaxAge(Duration.ofDays(365));
        var api = new AcceptHeaderLocaleResolver();
        api.setSupportedLocales(List.of(DUTCH, Locale.ENGLISH));
        api.setDefaultLocale(DUTCH);
        return new LanguageResolver(pages, api);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change).excludePathPatterns(List.of("/v1/**"));
        registry.addInterceptor(new ContentLanguage()).addPathPatterns(List.of("/v1/**"));
    }

    /** Says on each API answer which language its messages are in, and that it depends on the request's. */
    private static final class ContentLanguage implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE,
                    RequestContextUtils.getLocale(request).getLanguage().equals("en") ? "en" : "nl");
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            return true;
        }
    }
}
