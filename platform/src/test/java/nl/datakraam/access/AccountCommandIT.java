// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first administrator, as an operator makes one on a fresh installation: with the one-time setup link from the
 * log, or with {@code java -jar datakraam.jar account create}.
 */
class AccountCommandIT {

    private static final Pattern SETUP_LINK = Pattern.compile("/instellen\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "een heel geheim wachtwoord";

    @Test
    void theSetupLinkFromTheLogCreatesTheFirstAdministratorOnce(@TempDir Path dataDir) throws Exception {
        try (var server = PlatformProcess.start(dataDir, "setup-test-token")) {
            Matcher link = setupLink(server);
            String path = "/instellen?token=" + link.group(1);
            assertThat(new BrowserSession(server.port()).get(path + "&lang=en").body())
                    .contains("Set up the first administrator");
            var browser = new BrowserSession(server.port());

            HttpResponse<String> tooShort = browser.submitFormFrom(path, "/instellen", Map.of("token",
                    link.group(1), "id", "admin", "name", "Eerste Beheerder", "password", "kort"));
            assertThat(tooShort.statusCode()).isEqualTo(400);
            assertThat(tooShort.body()).contains("ten minste 12 tekens");
            HttpResponse<String> created = browser.submitFormFrom(path, "/instellen", Map.of("token",
                    link.group(1), "id", "admin", "name", "Eerste Beheerder", "password", PASSWORD));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                    .contains("/inloggen?ingesteld"));

            HttpResponse<String> again = new BrowserSession(server.port()).get(path);
            assertThat(again.statusCode()).as("the link is dead").isEqualTo(404);
            assertThat(again.body()).contains("werkt niet (meer)");
            var admin = new BrowserSession(server.port());
            assertThat(admin.signIn("admin", PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            assertThat(admin.get("/beheer/accounts").statusCode()).isEqualTo(200);
        }
    }

    /** The link in the log, written once the server is ready (just after it starts answering). */
    private static Matcher setupLink(PlatformProcess server) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(giveUp)) {
            Matcher link = SETUP_LINK.matcher(server.log());
            if (link.find()) {
                return link;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no setup link in the log:\n" + server.log());
    }

    @Test
    void theCommandCreatesAnAdministratorWithThePasswordFromTheEnvironmentOrStandardInput(@TempDir Path dataDir)
            throws Exception {
        var created = PlatformProcess.run(dataDir, Map.of("DATAKRAAM_ACCOUNT_PASSWORD", PASSWORD), "",
                "account", "create", "--id=eerste", "--name=Eerste Beheerder", "--email=eerste@example.nl",
                "--role=beheerder", "--lang=en");
        assertThat(created.exitCode()).as(created.output()).isZero();
        assertThat(created.output()).contains("Created account eerste with role(s) beheerder");

        var fromInput = PlatformProcess.run(dataDir, Map.of(), PASSWORD + "\n", "account", "create",
                "--id=partner.a", "--name=Partner A", "--role=partner", "--organisation=gm0014", "--lang=nl");
        assertThat(fromInput.exitCode()).as(fromInput.output()).isZero();
        var refused = PlatformProcess.run(dataDir, Map.of(), "kort\n", "account", "create", "--id=x.y",
                "--name=X", "--role=medewerker", "--lang=nl");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.output()).contains("Account niet aangemaakt: Wachtwoord:", "ten minste 12 tekens")
                .doesNotContain("Exception");
        var usage = PlatformProcess.run(dataDir, Map.of(), "", "account", "delete", "--lang=en");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.output()).contains("Usage: java -jar datakraam.jar account create");

        try (var server = PlatformProcess.start(dataDir, "cli-account-token")) {
            var browser = new BrowserSession(server.port());
            assertThat(browser.signIn("eerste", PASSWORD).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            assertThat(browser.get("/beheer/accounts").body()).contains("partner.a", "gm0014");
            assertThat(server.log()).as("an administrator exists: no setup link").doesNotContain("/instellen?token=");
        }
    }
}
