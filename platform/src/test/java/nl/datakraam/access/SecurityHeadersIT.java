// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers, pages and API alike, errors and static files included; HSTS only
 * over HTTPS (these requests are plain HTTP, so it is absent).
 */
class SecurityHeadersIT extends PlatformIT {

    @Test
    void pagesApiAnswersErrorsAndStaticFilesCarryTheHeaders() {
        String id = admin().importFile(Fixtures.file("koppen.csv", "code,aantal\nA,1\n", StandardCharsets.UTF_8),
                "Koppen", "openbaar").get("subjectId").asString();
        for (String path : new String[] {"/", "/inloggen", "/kwaliteit", "/datasets/" + id, "/v1/datasets/" + id,
                "/v1/datasets/" + id + "/download?format=csv", "/v1/datasets", "/v1/openapi.json",
                "/v1/datasets/00000000-0000-0000-0000-000000000000", "/bestaat-niet", "/css/datakraam.css"}) {
            HttpResponse<String> response = anonymous().get(path);
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
                            "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'",
                            // the datalab's base map tiles (PDOK by default): images only, no scripts or fetches
                            "img-src 'self' data: https://service.pdok.nl;", "connect-src 'self';"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "geolocation=()"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    /** What the policy forbids is not on the pages: inline scripts, event handler attributes, style attributes. */
    @Test
    void thePagesHaveNoInlineScriptsOrStyles() {
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        for (String path : new String[] {"/", "/inloggen", "/kwaliteit", "/zoeken", "/datasets/nieuw"}) {
            var response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String page = response.body();
            assertThat(page).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/json\")")
                    .doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("style=\"");
        }
    }

    /** Without {@code spring.security.oauth2.client.registration.*} the login page is as before: the form only. */
    @Test
    void withoutAnOidcProviderTheLoginPageHasTheFormOnly() {
        String page = anonymous().get("/inloggen").body();
        assertThat(page).contains("name=\"password\"").doesNotContain("/oauth2/authorization/");
        assertThat(anonymous().get("/oauth2/authorization/keycloak").statusCode()).isEqualTo(404);
    }
}
