// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.storage;

/**
 * A raw object as kept in the blob store.
 *
 * @param key    the store's key, {@code raw/<sha256>}; stable, safe to keep in the metadata store
 * @param sha256 lowercase hex SHA-256 of the bytes
 * @param size   size in bytes
 */
public record StoredBlob(String key, String sha256, long size) {
}
