// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A thematic group of datasets that cuts across organisations (e.g. {@code fietsen}); a dataset may be in several.
 *
 * @param id   lowercase letters, digits and hyphens
 * @param name shown to people
 */
public record DatasetGroup(String id, String name, @Nullable String description) {
}
