// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import nl.datakraam.access.SetupLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start-up of the server, while no administrator account exists: writes the one-time setup link to the log
 * ({@code <public base URL or http://localhost:PORT>/instellen?token=...}, see {@link SetupLinks}).
 */
@Component
@ConditionalOnWebApplication
class SetupLinkAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(SetupLinkAnnouncer.class);

    private final SetupLinks links;
    private final Environment environment;

    SetupLinkAnnouncer(SetupLinks links, Environment environment) {
        this.links = links;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        links.issueIfNeeded().ifPresent(token -> {
            String base = environment.getProperty("datakraam.catalog.public-base-url", "");
            if (base.isBlank()) {
                base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
            }
            log.warn("No administrator account exists yet. Create the first one within {} hours, once, at: {}"
                    + "/instellen?token={} (or: java -jar datakraam.jar account create --role=beheerder ...)",
                    SetupLinks.VALIDITY.toHours(), base.replaceAll("/+$", ""), token);
        });
    }
}
