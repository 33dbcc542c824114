// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First-start administrator access ({@code datakraam.bootstrap.*}).
 *
 * @param token     the bootstrap token; set with the environment variable {@code DATAKRAAM_BOOTSTRAP_TOKEN}. A request
 *                  with {@code Authorization: Bearer <token>}, or a sign-in as {@code beheerder} with the token as
 *                  password, acts as administrator. When empty, a random token is generated at start-up and written
 *                  to {@code tokenFile}.
 * @param tokenFile where a generated token is written (owner-readable only)
 */
@ConfigurationProperties("datakraam.bootstrap")
public record BootstrapSettings(@Nullable String token, Path tokenFile) {
}
