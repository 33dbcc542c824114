// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import nl.datakraam.access.Accounts;
import nl.datakraam.access.ApiKeys;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Authorization;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.http.HttpStatus;

/**
 * Two filter chains. {@code /v1/**} and CKAN's API at {@code /api/3/**} are stateless and know only bearer tokens
 * (so a browser session can never be used for a cross-site API call, and CSRF tokens are not needed there). The HTML
 * interface uses a session, form sign-in at {@code /inloggen} (accounts and the bootstrap token,
 * {@link AccountAuthenticationProvider}) and CSRF protection; it also takes a bearer token for the one request that
 * carries it (never stored in the session), so that GIS clients read OGC API Features ({@code /ogc}) with an API key. Both leave the per-dataset decisions to
 * {@link Authorization}, and both record every change in the audit log ({@link AuditChangeFilter}).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BootstrapToken token, ApiKeys keys, SecurityHeaders headers,
            RateLimits limits, AuditLog audit, Authorization authorization) throws Exception {
        return http.securityMatcher("/v1/**", "/api/3/**")
                .headers(headers::apply)
                .addFilterAfter(new RateLimitFilter(limits), HeaderWriterFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterBefore(new BearerTokenFilter(token, keys), BasicAuthenticationFilter.class)
                .addFilterBefore(new AuditChangeFilter(audit, authorization), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain htmlChain(HttpSecurity http, SecurityHeaders headers, OidcLogin oidc, RateLimits limits,
            AuditLog audit, Authorization authorization, BootstrapToken token, ApiKeys keys, Accounts accounts)
            throws Exception {
        oidc.apply(http);
        return http
                .headers(headers::apply)
                .addFilterAfter(new RateLimitFilter(limits), HeaderWriterFilter.class)
                .addFilterBefore(new BearerTokenFilter(token, keys), BasicAuthenticationFilter.class)
                .addFilterAfter(new CurrentAccountFilter(accounts), BasicAuthenticationFilter.class)
                .addFilterBefore(new AuditChangeFilter(audit, authorization), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/datasets/nieuw", "/taken/**", "/beheer/**", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/inloggen").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/"))
                .build();
    }
}
