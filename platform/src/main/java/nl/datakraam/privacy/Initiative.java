// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new initiative of the province ("elk nieuw initiatief toetsen we op privacy, beveiliging en ethiek"): a project,
 * app or change whose assessments the register holds.
 *
 * @param ownerOrganisation the organisation (or department) responsible, as text
 * @param assessed          whether at least one of its assessments is approved
 */
public record Initiative(UUID id, String name, @Nullable String description, String ownerOrganisation,
        String createdBy, Instant createdAt, boolean assessed) {
}
