// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One source a derived dataset version read. The dataset's identity is shown only to a reader who may read it;
 * otherwise {@code readable} is false and only the version number is kept ("a dataset you have no access to").
 *
 * @param datasetId     the source dataset; null when the reader may not read it
 * @param title         its title; null when not readable
 * @param slug          its slug, for {@code /datasets/{slug}}; null when not readable
 * @param versionId     the exact version read; null when not readable
 * @param versionNumber that version's number (1 for the first)
 * @param current       whether that version is still the source's current one (false when not readable)
 */
public record LineageSource(@Nullable UUID datasetId, @Nullable String title, @Nullable String slug,
        @Nullable UUID versionId, int versionNumber, boolean current, boolean readable) {
}
