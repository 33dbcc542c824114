// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A {@code dcat:Distribution}: one downloadable form of a version.
 *
 * @param format    short format name, a {@link DistributionFormat#code()}: {@code parquet}, {@code csv} …
 * @param mediaType IANA media type
 * @param blobKey   key of the file in the blob store
 * @param byteSize  size in bytes; null while the file is not made yet (every format but Parquet is written from the
 *                  version's Parquet file on its first download)
 * @param sha256    SHA-256 of the file, 64 lowercase hex digits; null while the file is not made yet
 */
public record Distribution(String format, String mediaType, String blobKey, @Nullable Long byteSize,
        @Nullable String sha256) {

    /** A distribution whose checksum is not known. */
    public Distribution(String format, String mediaType, String blobKey, @Nullable Long byteSize) {
        this(format, mediaType, blobKey, byteSize, null);
    }
}
