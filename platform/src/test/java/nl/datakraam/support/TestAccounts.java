// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Accounts for end-to-end tests, made the way an administrator makes them: through {@code POST /v1/accounts} and
 * {@code POST /v1/user-groups} with the bootstrap token. Each account gets a unique id, so tests sharing one
 * application context never collide. For a test of who may see and do what, per role, access level and channel:
 *
 * <pre>{@code
 * TestAccounts.Account steward = accounts().create("steward", Set.of("data-eigenaar"), Set.of("team-water"), null);
 * ApiClient api = steward.api();                 // Bearer API key of the account (write scope where allowed)
 * BrowserSession browser = steward.browser();    // signed in through the form at /inloggen, CSRF and all
 * }</pre>
 */
public final class TestAccounts {

    /** The password every test account gets (12+ characters, as the platform demands). */
    public static final String PASSWORD = "correct horse battery staple";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final int port;
    private final ApiClient admin;

    /** @param bootstrapToken the token the application runs with ({@link PlatformIT#TOKEN}) */
    public TestAccounts(int port, String bootstrapToken) {
        this.port = port;
        this.admin = new ApiClient(port, bootstrapToken);
    }

    /**
     * Creates the user group when it does not exist yet.
     *
     * @throws AssertionError when the platform refuses it
     */
    public void userGroup(String id) {
        HttpResponse<String> response = admin.postJson("/v1/user-groups", Map.of("id", id, "name", "Groep " + id));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new AssertionError("POST /v1/user-groups answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /**
     * Creates an enabled account with password {@link #PASSWORD}; missing user groups are created first.
     *
     * @param idPrefix     readable start of the id (lower case, digits, {@code .-_}); a unique suffix is added
     * @param roles        role codes, e.g. {@code medewerker}; at least one
     * @param groups       user group ids
     * @param organisation the partner organisation (required iff roles hold {@code partner}), or null
     * @throws AssertionError when the platform refuses the account
     */
    public Account create(String idPrefix, Collection<String> roles, Collection<String> groups,
            @Nullable String organisation) {
        groups.forEach(this::userGroup);
        String id = (idPrefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36))
                .toLowerCase(Locale.ROOT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Test " + id);
        body.put("email", id + "@example.nl");
        body.put("password", PASSWORD);
        body.put("roles", new ArrayList<>(roles));
        body.put("groups", new ArrayList<>(groups));
        if (organisation != null) {
            body.put("organisation", organisation);
        }
        HttpResponse<String> response = admin.postJson("/v1/accounts", body);
        if (response.statusCode() != 201) {
            throw new AssertionError("POST /v1/accounts answered " + response.statusCode() + ": " + response.body());
        }
        return new Account(id, Set.copyOf(roles), port, admin);
    }

    /** An account with roles only. */
    public Account create(String idPrefix, String... roles) {
        return create(idPrefix, List.of(roles), List.of(), null);
    }

    /**
     * A test account.
     *
     * @param id       its login name and caller id
     * @param password {@link #PASSWORD}
     */
    public record Account(String id, Set<String> roles, int port, ApiClient admin) {

        public String password() {
            return PASSWORD;
        }

        /**
         * A client with a fresh API key of the account, made by the administrator: scope {@code write} when the
         * account's roles may change something (beheerder, data-eigenaar, functionaris-gegevensbescherming), else {@code read}.
         */
        public ApiClient api() {
            return api(roles.contains("beheerder") || roles.contains("data-eigenaar")
                    || roles.contains("functionaris-gegevensbescherming") ? "write" : "read");
        }

        /** A client with a fresh API key of the account with {@code scope} ({@code read} or {@code write}). */
        public ApiClient api(String scope) {
            return new ApiClient(port, apiKey(scope));
        }

        /** A fresh API key value ({@code dk_...}) of the account. */
        public String apiKey(String scope) {
            HttpResponse<String> response = admin.postJson("/v1/accounts/" + id + "/api-keys",
                    Map.of("name", "test " + scope, "scope", scope));
            if (response.statusCode() != 201) {
                throw new AssertionError("POST /v1/accounts/" + id + "/api-keys answered " + response.statusCode()
                        + ": " + response.body());
            }
            return ApiClient.json(response).get("key").asString();
        }

        /**
         * A browser session signed in as the account through the form at {@code /inloggen} (CSRF token included).
         *
         * @throws AssertionError when the sign-in is refused
         */
        public BrowserSession browser() {
            var browser = new BrowserSession(port);
            HttpResponse<String> signIn = browser.signIn(id, PASSWORD);
            String location = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() != 302 || location.contains("error")) {
                throw new AssertionError("sign-in as " + id + " refused: " + signIn.statusCode() + " " + location);
            }
            return browser;
        }
    }
}
