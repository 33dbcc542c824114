// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Datakraam, the data platform. Started without arguments it serves the web interface and the API; started with a
 * command as first argument ({@link #COMMANDS}: {@code import FILE [--title=…] [--access-level=…]},
 * {@code account create --id=… --name=… --role=…}, {@code audit verify}) it runs that command without web server, in
 * the profiles {@code cli} and {@code cli-<command>}, and exits with the command's exit code (see README). Each
 * command is an {@code ApplicationRunner} active in its own profile.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatakraamApplication {

    /** The commands; {@code X} runs with the profiles {@code cli} and {@code cli-X}, which its runner is active in. */
    private static final Set<String> COMMANDS = Set.of("import", "account", "audit");

    public static void main(String[] args) {
        var app = new SpringApplication(DatakraamApplication.class);
        // the first word that is not an option (--datakraam.data-dir=… may come before the command)
        String first = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        boolean command = COMMANDS.contains(first);
        if (command) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli", "cli-" + first);
        }
        var context = app.run(args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
