// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;
import nl.datakraam.access.AccessLevel;

/**
 * A condition for publishing a dataset, which another module contributes (the publication gate; issue 9). Every
 * Spring bean of this type is asked, by {@link Catalog}, before a change would make a dataset {@code openbaar} (from
 * any other level: {@code PATCH /v1/datasets/{id}}, the metadata form, the bulk edit, the metadata import) or share it
 * with a partner organisation (a new organisation grant on an {@code intern} or {@code beperkt} dataset, or a level
 * change that makes existing organisation grants count). If any check gives a reason, the change is refused with
 * HTTP 409 listing every reason of every check, and nothing is changed.
 *
 * <p>Implementations answer from what they know now, quickly (one or two queries), without side effects, and never
 * throw for a dataset they know nothing about: they return no reasons. Reasons carry facts (field names, counts,
 * detector codes), never personal values.
 */
public interface PublicationCheck {

    /**
     * Why the dataset may not get the access level {@code target} now; empty when this check has no objection.
     * Asked with {@code target} {@link AccessLevel#OPENBAAR}.
     *
     * @param dataset the dataset as it is now (its current level, its current version)
     */
    List<GateReason> reasonsAgainst(Dataset dataset, AccessLevel target);

    /**
     * Why the dataset may not be shared with these partner organisations now; empty when this check has no
     * objection. By default sharing with a partner is held to the same conditions as publication.
     *
     * @param organisations the ids of the organisations that would newly read the dataset
     */
    default List<GateReason> reasonsAgainstSharing(Dataset dataset, List<String> organisations) {
        return reasonsAgainst(dataset, AccessLevel.OPENBAAR);
    }
}
