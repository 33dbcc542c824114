// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A {@code dcat:Distribution}: one downloadable form of a version.
 *
 * @param format    short format name: {@code parquet}, {@code csv}
 * @param mediaType IANA media type
 * @param blobKey   key of the file in the blob store
 * @param byteSize  size in bytes; null while the file is not made yet (a version's {@code data.csv} is written from
 *                  its Parquet file on first download)
 */
public record Distribution(String format, String mediaType, String blobKey, @Nullable Long byteSize) {
}
