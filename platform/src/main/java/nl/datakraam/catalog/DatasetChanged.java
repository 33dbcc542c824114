// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

/**
 * Published, inside the changing transaction, whenever anything the catalogue says about a dataset changes: it was
 * registered, described (metadata, access level), got a new current version, or got a new quality rating. Listen
 * after commit ({@code @TransactionalEventListener}) and read the dataset again; the event carries only the id, so
 * that a listener always sees the committed state, never a stale copy.
 */
public record DatasetChanged(DatasetId datasetId) {
}
