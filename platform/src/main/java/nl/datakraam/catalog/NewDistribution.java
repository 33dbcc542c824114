// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A file to register as a {@code dcat:Distribution} of a new version.
 *
 * @param format    short format name, lowercase: {@code parquet}, {@code csv}
 * @param mediaType IANA media type
 * @param blobKey   key of the file in the blob store
 * @param byteSize  size in bytes; null while the file is not made yet (a version's {@code data.csv} is written from
 *                  its Parquet file on first download)
 */
public record NewDistribution(String format, String mediaType, String blobKey, @Nullable Long byteSize) {
}
