// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Datakraam, the data platform. Started without arguments it serves the web interface and the API; started with a
 * command as first argument ({@link #COMMANDS}: {@code import FILE [--title=…] [--access-level=openbaar|intern]},
 * {@code account create --id=… --name=… --role=…}) it runs that command without web server, in the {@code cli}
 * profile, and exits with the command's exit code (see README). Each command is an {@code ApplicationRunner} of
 * that profile that acts only when the first argument is its own.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatakraamApplication {

    /** The first arguments that name a command-line command. */
    private static final Set<String> COMMANDS = Set.of("import", "account");

    public static void main(String[] args) {
        var app = new SpringApplication(DatakraamApplication.class);
        boolean command = args.length > 0 && COMMANDS.contains(args[0]);
        if (command) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
        }
        var context = app.run(args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
