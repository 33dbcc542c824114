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
        boolean command = args.length > 0 && COMMANDS.contains(args[0]);
        if (command) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli", "cli-" + args[0]);
        }
        var context = app.run(args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
