// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

/**
 * A {@code dcat:Distribution}: one downloadable form of a version.
 *
 * @param format    short format name: {@code parquet}, {@code csv}
 * @param mediaType IANA media type
 * @param blobKey   key of the file in the blob store
 * @param byteSize  size in bytes
 */
public record Distribution(String format, String mediaType, String blobKey, long byteSize) {
}
