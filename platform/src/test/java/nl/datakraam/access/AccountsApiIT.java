// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.TestAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Accounts, user groups and API keys through the API and the pages, as administrators and users meet them. */
class AccountsApiIT extends PlatformIT {

    @Test
    void anAdministratorCreatesAnAccountThatNeverShowsItsPassword() {
        String id = "api-" + System.nanoTime();
        HttpResponse<String> created = admin().postJson("/v1/accounts", Map.of("id", id, "name", "Jan Jansen",
                "email", "jan@example.nl", "password", TestAccounts.PASSWORD, "roles", List.of("medewerker")));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(TestAccounts.PASSWORD).doesNotContain("argon2")
                .doesNotContainIgnoringCase("password");
        JsonNode account = json(admin().get("/v1/accounts/" + id));
        assertThat(account.get("roles").get(0).asString()).isEqualTo("medewerker");
        assertThat(account.get("enabled").asBoolean()).isTrue();
        assertThat(admin().get("/v1/accounts").body()).contains(id).doesNotContainIgnoringCase("password");
        assertThat(admin().get("/v1/accounts/no-such-account").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesABadValueWith400NamingTheFieldInDutchAndEnglish() {
        Map<String, Object> body = Map.of("id", "kort-" + System.nanoTime(), "name", "Kort", "password", "te kort",
                "roles", List.of("medewerker"));
        HttpResponse<String> dutch = admin().postJson("/v1/accounts", body);
        assertThat(dutch.statusCode()).isEqualTo(400);
        JsonNode problem = json(dutch);
        assertThat(problem.get("code").asString()).isEqualTo("account.invalid");
        assertThat(problem.get("details").get("field").asString()).isEqualTo("password");
        assertThat(problem.get("detail").asString()).contains("Wachtwoord", "ten minste 12 tekens");
        assertThat(json(admin().inLanguage("en").postJson("/v1/accounts", body)).get("detail").asString())
                .contains("password", "at least 12 characters");

        HttpResponse<String> partner = admin().postJson("/v1/accounts", Map.of("id", "p-" + System.nanoTime(),
                "name", "Partner", "password", TestAccounts.PASSWORD, "roles", List.of("partner")));
        assertThat(json(partner).get("details").get("field").asString()).isEqualTo("organisation");
    }

    @Test
    void onlyAdministratorsManageAccountsAndUserGroups() {
        TestAccounts.Account staff = accounts().create("staff", "medewerker");
        TestAccounts.Account boss = accounts().create("boss", "beheerder");

        assertThat(staff.api().get("/v1/accounts").statusCode()).isEqualTo(403);
        assertThat(json(staff.api().get("/v1/accounts")).get("code").asString()).isEqualTo("access.not-allowed");
        assertThat(anonymous().get("/v1/accounts").statusCode()).isEqualTo(401);
        assertThat(boss.api().get("/v1/accounts").statusCode()).isEqualTo(200);
        assertThat(boss.api().get("/v1/user-groups").statusCode()).isEqualTo(200);
        HttpResponse<String> group = boss.api().postJson("/v1/user-groups", Map.of("id", "team-" + System.nanoTime(),
                "name", "Team"));
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        assertThat(staff.api("read").postJson("/v1/user-groups", Map.of("id", "x1", "name", "X")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anApiKeyActsAsItsOwnerAndAReadKeyCannotChange() {
        TestAccounts.Account steward = accounts().create("steward", List.of("data-eigenaar"), List.of("team-kust"),
                null);
        ApiClient readOnly = steward.api("read");

        assertThat(readOnly.get("/v1/api-keys").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = readOnly.postJson("/v1/api-keys", Map.of("name", "x"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("code").asString()).isEqualTo("access.key-read-only");
        HttpResponse<String> sql = readOnly.postJson("/v1/query", Map.of("sql", "SELECT 1 AS een"));
        assertThat(sql.statusCode()).as("SQL is a read, also when posted: %s", sql.body()).isEqualTo(200);

        HttpResponse<String> own = steward.api("write").postJson("/v1/api-keys", Map.of("name", "eigen",
                "scope", "write"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        String secret = json(own).get("key").asString();
        assertThat(secret).startsWith("dk_");
        assertThat(json(own).get("owner").asString()).isEqualTo(steward.id());

        HttpResponse<String> list = new ApiClient(port, secret).get("/v1/api-keys");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("apiKeys")).hasSize(3);
        assertThat(list.body()).doesNotContain(secret).doesNotContain(secret.substring(20));
        assertThat(admin().get("/v1/api-keys?owner=" + steward.id()).body()).contains(json(own).get("id").asString());
        TestAccounts.Account staff = accounts().create("nosy", "medewerker");
        assertThat(staff.api().get("/v1/api-keys?owner=" + steward.id()).statusCode()).isEqualTo(403);
    }

    @Test
    void revokedExpiredAndUnknownKeysAre401() {
        TestAccounts.Account staff = accounts().create("keys", "medewerker");
        String key = staff.apiKey("read");
        var client = new ApiClient(port, key);
        assertThat(client.get("/v1/api-keys").statusCode()).isEqualTo(200);

        try {
            clock.moveBy(Duration.ofDays(91));
            HttpResponse<String> expired = client.get("/v1/api-keys");
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(json(expired).get("code").asString()).isEqualTo("access.invalid-token");
            assertThat(json(expired).get("detail").asString()).as("Dutch by default, as every other problem")
                    .contains("niet geldig");
            assertThat(json(client.inLanguage("en").get("/v1/api-keys")).get("detail").asString())
                    .contains("not valid");
        } finally {
            clock.reset();
        }
        String id = key.substring(3, 19);
        assertThat(client.delete("/v1/api-keys/" + id).statusCode()).isEqualTo(403); // a read key cannot revoke
        assertThat(admin().delete("/v1/api-keys/" + id).statusCode()).isEqualTo(204);
        assertThat(client.get("/v1/api-keys").statusCode()).isEqualTo(401);
        assertThat(new ApiClient(port, "dk_0123456789abcdef_nonsense").get("/v1/datasets").statusCode())
                .isEqualTo(401);
        assertThat(admin().get("/v1/datasets").statusCode()).as("the bootstrap token still works").isEqualTo(200);
    }

    @Test
    void anAccountSignsInThroughTheFormAndIsLockedAfterFiveFailures() {
        TestAccounts.Account staff = accounts().create("lock", "medewerker");
        BrowserSession browser = staff.browser();
        assertThat(browser.get("/account/api-sleutels").statusCode()).isEqualTo(200);

        var stranger = new BrowserSession(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(stranger.signIn(staff.id(), "wrong password").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("error"));
        }
        assertThat(stranger.signIn(staff.id(), staff.password()).headers().firstValue("Location"))
                .as("6th attempt with the right password").hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(json(admin().get("/v1/accounts/" + staff.id())).get("locked").asBoolean()).isTrue();
        assertThat(stranger.signIn("nobody-here", "wrong password").headers().firstValue("Location"))
                .as("an unknown account reads the same").hasValueSatisfying(l -> assertThat(l).contains("error"));

        assertThat(admin().patchMerge("/v1/accounts/" + staff.id(), "{\"locked\": false}").statusCode())
                .isEqualTo(200);
        assertThat(staff.browser().get("/account/api-sleutels").statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsKeysStop() {
        TestAccounts.Account staff = accounts().create("disabled", "medewerker");
        ApiClient api = staff.api();
        assertThat(admin().patchMerge("/v1/accounts/" + staff.id(), "{\"enabled\": false}").statusCode())
                .isEqualTo(200);

        assertThat(new BrowserSession(port).signIn(staff.id(), staff.password()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(api.get("/v1/api-keys").statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = admin().patchMerge("/v1/accounts/" + staff.id(), "{\"hash\": \"x\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    @Test
    void anOpenSessionFollowsTheAccountsRolesAndEndsWhenItIsDisabled() {
        var file = Fixtures.file("sessie.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);
        String internal = admin().importFile(file, "Sessieproef intern", "intern").get("subjectId").asString();
        TestAccounts.Account account = accounts().create("sessie", List.of("partner"), List.of(), "gm0014");
        BrowserSession browser = account.browser();
        assertThat(browser.get("/datasets/" + internal).statusCode()).as("a partner does not read intern data")
                .isEqualTo(404);

        assertThat(admin().patchMerge("/v1/accounts/" + account.id(),
                "{\"roles\": [\"medewerker\"], \"organisation\": null}").statusCode()).isEqualTo(200);
        assertThat(browser.get("/datasets/" + internal).statusCode())
                .as("the same session reads intern data once the account is staff").isEqualTo(200);

        assertThat(admin().patchMerge("/v1/accounts/" + account.id(), "{\"enabled\": false}").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/datasets/" + internal).statusCode()).as("a disabled account's session has ended")
                .isEqualTo(404);
        assertThat(browser.get("/account/api-sleutels").statusCode()).isEqualTo(302);
    }

    @Test
    void onlyThoseWhoMayCreateDatasetsAreOfferedTheUploadForm() {
        BrowserSession staff = accounts().create("geenupload", "medewerker").browser();
        assertThat(staff.get("/").body()).doesNotContain("href=\"/datasets/nieuw\"");
        assertThat(staff.get("/datasets/nieuw").statusCode()).as("refused before a file is chosen").isEqualTo(403);
        BrowserSession steward = accounts().create("welupload", "data-eigenaar").browser();
        assertThat(steward.get("/").body()).contains("href=\"/datasets/nieuw\"");
        assertThat(steward.get("/datasets/nieuw").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        TestAccounts.Account staff = accounts().create("cookie", "medewerker");
        HttpResponse<String> signIn = new BrowserSession(port).signIn(staff.id(), staff.password());
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void administratorsManageAccountsOnTheirPage() {
        TestAccounts.Account boss = accounts().create("page-boss", "beheerder");
        BrowserSession browser = boss.browser();
        String id = "form-" + System.nanoTime();

        HttpResponse<String> refused = browser.submitForm("/beheer/accounts", Map.of("id", id, "name", "Formulier",
                "password", "kort", "roles", "medewerker"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ten minste 12 tekens");
        HttpResponse<String> created = browser.submitForm("/beheer/accounts", Map.of("id", id, "name", "Formulier",
                "password", TestAccounts.PASSWORD, "roles", "medewerker"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(browser.get("/beheer/accounts").body()).contains(id);
        assertThat(browser.get("/beheer/accounts?lang=en").body()).contains("Create account");

        HttpResponse<String> edited = browser.submitForm("/beheer/accounts/" + id, Map.of("name", "Formulier",
                "email", "", "roles", "data-eigenaar", "organisation", "", "enabled", "true", "password", ""));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
        assertThat(json(admin().get("/v1/accounts/" + id)).get("roles").get(0).asString()).isEqualTo("data-eigenaar");

        TestAccounts.Account staff = accounts().create("page-staff", "medewerker");
        assertThat(staff.browser().get("/beheer/accounts").statusCode()).isEqualTo(403);
        assertThat(new BrowserSession(port).get("/beheer/accounts").statusCode()).as("to the sign-in page")
                .isEqualTo(302);
    }

    @Test
    void anAccountMakesSeesOnceAndRevokesItsOwnKeysOnItsPage() {
        TestAccounts.Account staff = accounts().create("page-keys", "medewerker");
        BrowserSession browser = staff.browser();

        HttpResponse<String> made = browser.submitForm("/account/api-sleutels", Map.of("name", "rapport",
                "scope", "read"));
        assertThat(made.statusCode()).isEqualTo(302);
        String page = browser.get("/account/api-sleutels").body();
        String secret = page.replaceAll("(?s).*<code id=\"secret\">(dk_[^<]+)</code>.*", "$1");
        assertThat(secret).startsWith("dk_");
        assertThat(new ApiClient(port, secret).get("/v1/api-keys").statusCode()).isEqualTo(200);
        assertThat(browser.get("/account/api-sleutels").body()).as("shown once").doesNotContain(secret)
                .contains("rapport");

        String id = secret.substring(3, 19);
        HttpResponse<String> revoked = browser.submitFormFrom("/account/api-sleutels",
                "/account/api-sleutels/" + id + "/intrekken", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(new ApiClient(port, secret).get("/v1/api-keys").statusCode()).isEqualTo(401);
        assertThat(browser.submitForm("/account/api-sleutels", Map.of("name", "schrijf", "scope", "write"))
                .body()).contains("alleen voor beheerders, data-eigenaren en de functionaris gegevensbescherming");
    }
}
