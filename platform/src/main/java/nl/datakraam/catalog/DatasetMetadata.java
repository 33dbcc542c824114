// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * The metadata a steward edits (DCAT: {@code dct:title}, {@code dct:description}, {@code dct:publisher},
 * {@code dct:license}, {@code dcat:keyword}, {@code dct:accrualPeriodicity} and the rest in {@link DcatProperties})
 * and the access level. {@link MetadataValidation} says what is accepted.
 *
 * @param title          1–500 characters
 * @param description    free text; null for none
 * @param organisationId the publishing organisation's id ({@link Organisation#id()}); null keeps the current one
 * @param licence        an IRI (or code) of the DCAT-AP-DONL licence list; null for none
 * @param keywords       words, each without commas, at most 2,000 characters together
 * @param updateFrequency how often the data is updated; null for not declared
 */
public record DatasetMetadata(String title, @Nullable String description, @Nullable String organisationId,
        @Nullable String licence, List<String> keywords, AccessLevel accessLevel,
        @Nullable UpdateFrequency updateFrequency, DcatProperties properties) {

    public DatasetMetadata {
        keywords = List.copyOf(keywords);
    }

    /** The metadata of a dataset as it is now, to change a few members of. */
    public static DatasetMetadata of(Dataset dataset) {
        return new DatasetMetadata(dataset.title(), dataset.description(),
                dataset.publisher() == null ? null : dataset.publisher().id(), dataset.licence(), dataset.keywords(),
                dataset.accessLevel(), dataset.updateFrequency(), dataset.properties());
    }
}
