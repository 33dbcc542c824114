// SPDX-License-Identifier: EUPL-1.2
/**
 * Cross-cutting web concerns only: errors rendered once (RFC 9457 problem details for the API, a friendly page for
 * people), the {@code API-Version} header, interface language (Dutch, English). Each module keeps its own
 * controllers.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.datakraam.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
