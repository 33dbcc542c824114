// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

/**
 * A file to register as a {@code dcat:Distribution} of a new version.
 *
 * @param format    short format name, lowercase: {@code parquet}, {@code csv}
 * @param mediaType IANA media type
 * @param blobKey   key of the file in the blob store
 * @param byteSize  size in bytes
 */
public record NewDistribution(String format, String mediaType, String blobKey, long byteSize) {
}
