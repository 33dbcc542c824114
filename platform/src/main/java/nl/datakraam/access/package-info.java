// SPDX-License-Identifier: EUPL-1.2
/**
 * Who is calling and what they may do. {@link nl.datakraam.access.Authorization} is the one authorisation service
 * that every channel (HTML, REST, SQL, downloads) asks; {@link nl.datakraam.access.AccessLevel} is the security model's
 * scale. Callers sign in as local accounts ({@link nl.datakraam.access.Accounts}, form sign-in), with API keys
 * ({@link nl.datakraam.access.ApiKeys}) or with the bootstrap token (environment variable
 * {@code DATAKRAAM_BOOTSTRAP_TOKEN}); the first administrator comes from {@link nl.datakraam.access.SetupLinks} or the
 * {@code account create} command. Does not know about datasets.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.datakraam.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
