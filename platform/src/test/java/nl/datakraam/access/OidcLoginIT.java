// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Must-show 3 of issue 6: sign-in with a real OIDC provider, end to end. The test starts Spring Authorization Server
 * in-process (its own application context on a random port, {@link Provider}) with three users whose ID tokens carry
 * Keycloak-style claims ({@code realm_access.roles}, {@code groups}; the organisation comes from the userinfo
 * endpoint), then Datakraam with {@code spring.security.oauth2.client.*} pointing at its issuer, and drives the
 * authorization-code flow as a browser does: cookies, the provider's login form with its CSRF token, every redirect
 * followed by hand. No token is made by hand. The same context (own limits, {@code X-Forwarded-For} trusted from
 * loopback) shows the rate limits answering 429.
 *
 * <pre>
 * user    realm_access.roles                       groups                    userinfo organisation  → caller roles
 * hanna   Datakraam.Beheerder, offline_access      team-water, team-natuur   -                      → beheerder
 * pieter  partner                                  leveranciers              ingenieursbureau-noord → partner
 * kees    offline_access, uma_authorization        -                         -                      → none
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "datakraam.bootstrap.token=" + OidcLoginIT.TOKEN,
        "spring.security.oauth2.client.registration.test.client-id=datakraam",
        "spring.security.oauth2.client.registration.test.client-secret=" + OidcLoginIT.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.test.client-name=Testprovincie",
        "spring.security.oauth2.client.registration.test.scope=openid,profile",
        "datakraam.oidc.roles-claim=realm_access.roles",
        "datakraam.oidc.role-mapping[Datakraam.Beheerder]=beheerder",
        "datakraam.rate-limit.login=5",
        "datakraam.rate-limit.api-anonymous=3",
        "datakraam.rate-limit.period=1h",
        "server.forward-headers-strategy=native"})
@Import(OidcLoginIT.CallerEndpoint.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLoginIT {

    static final String TOKEN = "oidc-test-bootstrap-token";
    static final String CLIENT_SECRET = "geheim-van-de-test";

    private static @Nullable ConfigurableApplicationContext provider;
    private static String issuer = "";

    @LocalServerPort
    int port;

    private String internal = "";
    private String open = "";

    /** Starts the provider first: Datakraam reads its discovery document while it starts. */
    @DynamicPropertySource
    static void oidcProvider(DynamicPropertyRegistry registry) throws IOException {
        provider = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.config.name=oidc-test-provider",
                        "--server.servlet.session.cookie.name=PROVIDER_SESSION", "--spring.main.banner-mode=off");
        issuer = "http://127.0.0.1:" + provider.getEnvironment().getProperty("local.server.port");
        Path dataDir = Files.createTempDirectory("datakraam-oidc-it");
        registry.add("datakraam.data-dir", dataDir::toString);
        registry.add("spring.security.oauth2.client.provider.test.issuer-uri", () -> issuer);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeAll
    void importDatasets() {
        var admin = new ApiClient(port, TOKEN);
        internal = admin.importFile(Fixtures.file("intern.csv", "code;bedrag\n0001;12,50\n", StandardCharsets.UTF_8),
                "Interne subsidielijst", "intern").get("subjectId").asString();
        open = admin.importFile(Fixtures.file("open.csv", "code,aantal\nA,1\n", StandardCharsets.UTF_8),
                "Open laadpalen", "openbaar").get("subjectId").asString();
    }

    @Test
    void theLoginPageOffersTheProvider() {
        var browser = new OidcBrowser("192.0.2.10");
        String page = browser.get(datakraam("/inloggen")).body();
        assertThat(page).contains("Inloggen met Testprovincie").contains("href=\"/oauth2/authorization/test\"")
                .doesNotContain("niet gelukt");
        assertThat(browser.get(datakraam("/inloggen?lang=en")).body()).contains("Sign in with Testprovincie");
    }

    @Test
    void aMappedRoleAndTheGroupsReachTheSession() {
        var browser = new OidcBrowser("192.0.2.11");
        var signedIn = browser.get(browser.signIn("hanna"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(datakraam("/"));

        JsonNode caller = browser.caller();
        assertThat(caller.get("id").asString()).isEqualTo("hanna");
        assertThat(strings(caller.get("roles"))).containsExactly("beheerder");
        assertThat(strings(caller.get("groups"))).containsExactlyInAnyOrder("team-water", "team-natuur");
        assertThat(caller.get("organisation").isNull()).isTrue();

        var page = browser.get(datakraam("/datasets/" + internal));
        assertThat(page.statusCode()).as("an administrator reads intern data").isEqualTo(200);
        assertThat(page.body()).contains("Interne subsidielijst").contains("Uitloggen");
    }

    @Test
    void theOrganisationComesFromTheUserinfoEndpoint() {
        var browser = new OidcBrowser("192.0.2.12");
        browser.get(browser.signIn("pieter"));

        JsonNode caller = browser.caller();
        assertThat(caller.get("id").asString()).isEqualTo("pieter");
        assertThat(strings(caller.get("roles"))).containsExactly("partner");
        assertThat(strings(caller.get("groups"))).containsExactly("leveranciers");
        assertThat(caller.get("organisation").asString()).isEqualTo("ingenieursbureau-noord");
    }

    @Test
    void aUserWithoutARoleSeesOpenDataOnly() {
        var browser = new OidcBrowser("192.0.2.13");
        var signedIn = browser.get(browser.signIn("kees"));
        assertThat(signedIn.headers().firstValue("Location")).hasValue(datakraam("/"));

        JsonNode caller = browser.caller();
        assertThat(caller.get("id").asString()).isEqualTo("kees");
        assertThat(strings(caller.get("roles"))).isEmpty();
        assertThat(browser.get(datakraam("/datasets/" + internal)).statusCode()).isEqualTo(404);
        assertThat(browser.get(datakraam("/datasets/" + open)).statusCode()).isEqualTo(200);
        assertThat(browser.get(datakraam("/")).body()).contains("Open laadpalen")
                .doesNotContain("Interne subsidielijst");
    }

    @Test
    void aTamperedStateIsRefused() {
        var browser = new OidcBrowser("192.0.2.14");
        String callback = browser.signIn("hanna");
        String tampered = callback.replaceFirst("state=[^&]+", "state=" + UUID.randomUUID());
        assertThat(tampered).isNotEqualTo(callback);

        var refused = browser.get(tampered);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue(datakraam("/inloggen?oidc-error"));
        assertThat(browser.get(datakraam("/inloggen?oidc-error")).body())
                .contains("Inloggen via de identiteitsprovider is niet gelukt.");
        assertThat(browser.caller().get("id").asString()).isEqualTo("anonymous");
        assertThat(browser.get(datakraam("/datasets/" + internal)).statusCode()).isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        var browser = new OidcBrowser("192.0.2.15");
        browser.get(browser.signIn("hanna"));
        String page = browser.get(datakraam("/")).body();

        var signedOut = browser.post(datakraam("/uitloggen"), Map.of("_csrf", OidcBrowser.csrf(page)));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow())
                .startsWith(issuer + "/connect/logout?id_token_hint=")
                .contains("post_logout_redirect_uri=" + datakraam("/"));
        assertThat(browser.caller().get("id").asString()).isEqualTo("anonymous");
    }

    @Test
    void pagesMayPostFormsToTheProvider() {
        String policy = new OidcBrowser("192.0.2.16").get(datakraam("/inloggen")).headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("form-action 'self' " + issuer + ";").contains("frame-ancestors 'none'");
    }

    @Test
    void tooManySignInAttemptsFromOneAddressAreRefusedFor429() {
        var browser = new OidcBrowser("203.0.113.7");
        for (int attempt = 1; attempt <= 5; attempt++) {
            String csrf = OidcBrowser.csrf(browser.get(datakraam("/inloggen")).body());
            // an account that does not exist: the attempts count for the address, and lock no account
            var wrong = browser.post(datakraam("/inloggen"), Map.of("username", "niemand", "password",
                    "fout-" + attempt, "_csrf", csrf));
            assertThat(wrong.headers().firstValue("Location")).as("attempt " + attempt)
                    .hasValue(datakraam("/inloggen?error"));
        }
        String csrf = OidcBrowser.csrf(browser.get(datakraam("/inloggen")).body());
        var refused = browser.post(datakraam("/inloggen"), Map.of("username", "beheerder", "password", TOKEN,
                "_csrf", csrf));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(refused.body()).contains("data-code=\"access.rate-limited\"")
                .contains("Te veel verzoeken of inlogpogingen in korte tijd. Wacht ");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();

        var otherAddress = new OidcBrowser("203.0.113.8");
        csrf = OidcBrowser.csrf(otherAddress.get(datakraam("/inloggen")).body());
        assertThat(otherAddress.post(datakraam("/inloggen"), Map.of("username", "beheerder", "password", TOKEN,
                "_csrf", csrf)).headers().firstValue("Location")).hasValue(datakraam("/"));
    }

    @Test
    void tooManyAnonymousApiRequestsAreRefusedWithAProblem() {
        var client = new OidcBrowser("198.51.100.9");
        for (int request = 1; request <= 3; request++) {
            assertThat(client.api("/v1/datasets", null, "nl").statusCode()).as("request " + request).isEqualTo(200);
        }
        var refused = client.api("/v1/datasets", null, "nl");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("access.rate-limited");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Te veel verzoeken");
        assertThat(problem.get("details").get("retryAfterSeconds").asLong()).isBetween(retryAfter - 1, retryAfter);
        assertThat(problem.get("detail").asString()).startsWith("Te veel verzoeken of inlogpogingen");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();

        assertThat(json(client.api("/v1/datasets", null, "en")).get("detail").asString())
                .startsWith("Too many requests in a short time.");
        assertThat(client.api("/v1/datasets", TOKEN, "nl").statusCode()).as("a credential has a limit of its own")
                .isEqualTo(200);
    }

    private String datakraam(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** What the session's caller is, as {@link Authorization#currentCaller()} reads it. Only in this test. */
    @RestController
    static class CallerEndpoint {

        private final Authorization authorization;

        CallerEndpoint(Authorization authorization) {
            this.authorization = authorization;
        }

        @GetMapping("/test/caller")
        Map<String, Object> caller() {
            Caller caller = authorization.currentCaller();
            var answer = new LinkedHashMap<String, Object>();
            answer.put("id", caller.id());
            answer.put("roles", caller.roles().stream().sorted().toList());
            answer.put("groups", caller.groups().stream().sorted().toList());
            answer.put("organisation", caller.organisation());
            return answer;
        }
    }

    /**
     * A browser without JavaScript: one cookie jar for Datakraam and the provider (both on 127.0.0.1; the provider's
     * session cookie has its own name), redirects followed by hand. Requests to Datakraam come from
     * {@code clientAddress} ({@code X-Forwarded-For}), so that each test is a client of its own for the rate limits.
     */
    private final class OidcBrowser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final String clientAddress;

        OidcBrowser(String clientAddress) {
            this.clientAddress = clientAddress;
        }

        /**
         * Starts the sign-in at Datakraam, signs in at the provider's login form (no consent asked) and returns the
         * callback URL the provider redirects to, with its code and state, not yet visited.
         */
        String signIn(String user) {
            var response = get(datakraam("/oauth2/authorization/test"));
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .startsWith(issuer + "/oauth2/authorize");
            while (response.statusCode() == 302) {
                response = get(location(response));
            }
            assertThat(response.uri().toString()).isEqualTo(issuer + "/login");
            response = post(issuer + "/login", Map.of("username", user, "password", user + "-wachtwoord",
                    "_csrf", csrf(response.body())));
            while (response.statusCode() == 302 && location(response).startsWith(issuer)) {
                response = get(location(response));
            }
            String callback = location(response);
            assertThat(callback).startsWith(datakraam("/login/oauth2/code/test?code="));
            return callback;
        }

        /** The caller of this browser's session at Datakraam. */
        JsonNode caller() {
            return json(send(request(datakraam("/test/caller")).header("Accept", "application/json").GET()));
        }

        HttpResponse<String> get(String url) {
            return send(request(url).header("Accept", "text/html").GET());
        }

        HttpResponse<String> post(String url, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(url).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> api(String path, @Nullable String token, String language) {
            var request = request(datakraam(path)).header("Accept", "application/json")
                    .header("Accept-Language", language).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return send(request);
        }

        private HttpRequest.Builder request(String url) {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            return url.startsWith(datakraam("/")) ? request.header("X-Forwarded-For", clientAddress) : request;
        }

        private static String location(HttpResponse<String> response) {
            return response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
        }

        static String csrf(String html) {
            Matcher matcher = CSRF.matcher(html);
            assertThat(matcher.find()).as("a CSRF token in the form").isTrue();
            return matcher.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The OIDC provider: Spring Authorization Server with OIDC, form login, one client (Datakraam, any loopback
     * port, no consent screen) and the users of the table above (password: name + {@code -wachtwoord}). Not a
     * {@code @Configuration}, so that no Datakraam context scans it.
     */
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    static class Provider {

        private static final Map<String, Map<String, Object>> ID_TOKEN_CLAIMS = Map.of(
                "hanna", Map.of("realm_access", Map.of("roles", List.of("Datakraam.Beheerder", "offline_access")),
                        "groups", List.of("team-water", "team-natuur")),
                "pieter", Map.of("realm_access", Map.of("roles", List.of("partner")),
                        "groups", List.of("leveranciers")),
                "kees", Map.of("realm_access", Map.of("roles", List.of("offline_access", "uma_authorization"))));

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            var server = new OAuth2AuthorizationServerConfigurer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(oidc -> oidc.userInfoEndpoint(userInfo ->
                            userInfo.userInfoMapper(context -> {
                                OidcIdToken idToken = context.getAuthorization().getToken(OidcIdToken.class)
                                        .getToken();
                                var claims = new LinkedHashMap<String, Object>();
                                claims.put("sub", idToken.getSubject());
                                claims.put("preferred_username", idToken.getSubject());
                                if ("pieter".equals(idToken.getSubject())) {
                                    claims.put("organisation", "ingenieursbureau-noord");
                                }
                                return new OidcUserInfo(claims);
                            }))))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(ID_TOKEN_CLAIMS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + name + "-wachtwoord").roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String user = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", user);
                    ID_TOKEN_CLAIMS.get(user).forEach((name, value) -> context.getClaims().claim(name, value));
                }
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId("datakraam")
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/test") // any port: a loopback redirect
                    .postLogoutRedirectUri("http://127.0.0.1/")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
