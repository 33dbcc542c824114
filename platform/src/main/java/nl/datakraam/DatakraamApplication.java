// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Datakraam, the data platform. Started without arguments it serves the web interface and the API; started as
 * {@code import FILE [--title=…] [--access-level=openbaar|intern]} it imports one file through the same path as an
 * upload and exits (see README).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DatakraamApplication {

    public static void main(String[] args) {
        var app = new SpringApplication(DatakraamApplication.class);
        if (args.length > 0 && "import".equals(args[0])) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
        }
        var context = app.run(args);
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
