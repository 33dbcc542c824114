// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The per-dataset grants (table {@code dataset_grant}). A dataset is an opaque id here: this module does not know
 * datasets. The store does not check who may change grants; its callers ask {@link Authorization#requireEdit} first.
 * Thread-safe.
 */
public interface DatasetGrants {

    /** A dataset's grants, ordered by kind and id. One query. */
    List<DatasetGrant> of(UUID datasetId);

    /** Replaces a dataset's grants by these (duplicates count once), in one transaction. */
    void replace(UUID datasetId, Collection<DatasetGrant> grants, String grantedBy);

    /** Adds one grant to a dataset; a grant it already has stays as it was. */
    void add(UUID datasetId, DatasetGrant grant, String grantedBy);

    /**
     * Every grant that names the caller: its account, one of its groups, or its partner organisation. One query.
     * Empty for the anonymous caller.
     */
    List<Held> heldBy(Caller caller);

    /** A grant the caller holds on a dataset, and of which kind. */
    record Held(UUID datasetId, DatasetGrant.Kind kind) {
    }
}
