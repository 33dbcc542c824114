// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new or changed processing activity, in the VNG verwerkingsactiviteiten API's names; see
 * {@link ProcessingActivity} for each member. A change replaces the whole activity.
 *
 * @param grondslag                            an {@link LegalBasis} code, e.g. {@code publieke-taak}
 * @param bewaartermijnDuur                    an ISO 8601 period, e.g. {@code P7Y}
 * @param bijzondereCategorieenPersoonsgegevens {@link SpecialCategory} codes
 * @param openbaar                             whether the public register lists it; default false
 */
public record ProcessingActivityInput(@Nullable String naam, @Nullable String categorie, @Nullable String doel,
        @Nullable String grondslag, @Nullable String toelichtingGrondslag,
        @Nullable String verantwoordelijkeOrganisatie, @Nullable String contactgegevens,
        @Nullable List<String> categorieenBetrokkenen, @Nullable List<String> categorieenPersoonsgegevens,
        @Nullable List<String> bijzondereCategorieenPersoonsgegevens,
        @Nullable List<String> afnemendeCategorieOntvangers,
        @Nullable List<String> afnemendeInternationaleDerden, @Nullable String herkomst, @Nullable String bewaartermijn,
        @Nullable String bewaartermijnDuur, @Nullable String beveiligingsmaatregelen, @Nullable Boolean openbaar,
        @Nullable List<String> datasets) {
}
