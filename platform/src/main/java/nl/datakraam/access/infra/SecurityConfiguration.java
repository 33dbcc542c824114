// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import nl.datakraam.access.Caller;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.http.HttpStatus;

/**
 * Two filter chains. {@code /v1/**} and CKAN's API at {@code /api/3/**} are stateless and know only bearer tokens
 * (so a browser session can never be used for a cross-site API call, and CSRF tokens are not needed there). The HTML interface uses a session, form
 * sign-in at {@code /inloggen} and CSRF protection. Both leave the per-dataset decisions to
 * {@link nl.datakraam.access.Authorization}.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BootstrapToken token) throws Exception {
        return http.securityMatcher("/v1/**", "/api/3/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterBefore(new BearerTokenFilter(token), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain htmlChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/datasets/nieuw", "/taken/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/inloggen").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/"))
                .build();
    }

    @Bean
    UserDetailsService administrators(BootstrapToken token) {
        return new InMemoryUserDetailsManager(User.withUsername(Caller.ROLE_ADMINISTRATOR)
                .password("{noop}" + token.value())
                .roles(Caller.ROLE_ADMINISTRATOR.toUpperCase())
                .build());
    }
}
