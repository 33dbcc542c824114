// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

/**
 * Published, inside the changing transaction, whenever anything the catalogue says about a dataset changes: it was
 * registered, described (metadata, access level), got a new current version, or got a new quality rating. Listen
 * after commit ({@code @TransactionalEventListener}) and read the dataset again; the event carries only the id and
 * what kind of change it was, so that a listener always sees the committed state, never a stale copy.
 *
 * @param change what changed; a listener that itself records a quality rating ignores {@link Change#QUALITY_RATING}
 */
public record DatasetChanged(DatasetId datasetId, Change change) {

    /** What changed about a dataset. */
    public enum Change {
        /** It was registered (no version yet). */
        REGISTERED,
        /** Its metadata or access level. */
        DESCRIBED,
        /** It got a new current version. */
        VERSION,
        /** It got a new quality (MQA) rating. */
        QUALITY_RATING
    }
}
