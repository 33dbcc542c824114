// SPDX-License-Identifier: EUPL-1.2
/**
 * Who is calling and what they may do. {@link nl.datakraam.access.Authorization} is the one authorisation service
 * that every channel (HTML, REST, SQL, downloads) asks; {@link nl.datakraam.access.AccessLevel} is the security model's
 * scale. First cut: anonymous callers and the bootstrap administrator (environment variable
 * {@code DATAKRAAM_BOOTSTRAP_TOKEN}); accounts, groups, partners and OIDC come later. Does not know about datasets.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.datakraam.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
