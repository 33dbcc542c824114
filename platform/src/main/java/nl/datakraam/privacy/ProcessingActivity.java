// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import org.jspecify.annotations.Nullable;

/**
 * One processing activity of the register of AVG art. 30(1). The JSON of {@code /v1/verwerkingsactiviteiten} uses
 * the VNG verwerkingsactiviteiten API's names (in brackets).
 *
 * @param name              (naam) up to 242 characters
 * @param category          (categorie) a group of activities, e.g. {@code Subsidies}
 * @param purpose           (doel) art. 30(1)(b)
 * @param legalBasis        (grondslag) the art. 6 ground
 * @param legalBasisNote    (toelichtingGrondslag) the law or decision it rests on
 * @param controller        (verantwoordelijkeOrganisatie) art. 30(1)(a): the controller, as text (name or OIN)
 * @param contact           controller's contact and the DPO's, art. 30(1)(a); not shown publicly
 * @param dataSubjects      categories of data subjects, art. 30(1)(c)
 * @param personalData      categories of personal data, art. 30(1)(c)
 * @param specialCategories special categories (art. 9) and criminal data (art. 10)
 * @param recipients        (afnemendeCategorieOntvangers) art. 30(1)(d)
 * @param thirdCountries    (afnemendeInternationaleDerden) art. 30(1)(e)
 * @param origin            (herkomst) where the data come from
 * @param retention         (bewaartermijn) the retention as text, art. 30(1)(f)
 * @param retentionPeriod   (bewaartermijnDuur) the same as an ISO 8601 period, for {@link Retention}; null when the
 *                          text has conditions no period can say
 * @param securityMeasures  art. 30(1)(g), general description; not shown publicly
 * @param isPublic          whether the public register lists it
 * @param datasets          the datasets it covers
 */
public record ProcessingActivity(UUID id, String name, @Nullable String category, String purpose,
        LegalBasis legalBasis, @Nullable String legalBasisNote, String controller, @Nullable String contact,
        List<String> dataSubjects, List<String> personalData, List<SpecialCategory> specialCategories,
        List<String> recipients, List<String> thirdCountries, @Nullable String origin, @Nullable String retention,
        @Nullable Period retentionPeriod, @Nullable String securityMeasures, boolean isPublic,
        List<DatasetId> datasets, String createdBy, Instant createdAt, String modifiedBy, Instant modifiedAt) {

    public ProcessingActivity {
        dataSubjects = List.copyOf(dataSubjects);
        personalData = List.copyOf(personalData);
        specialCategories = List.copyOf(specialCategories);
        recipients = List.copyOf(recipients);
        thirdCountries = List.copyOf(thirdCountries);
        datasets = List.copyOf(datasets);
    }

    /**
     * The activity as the public register shows it: without contact details, security measures and who changed it,
     * and with only the datasets given (those the reader may read).
     */
    public ProcessingActivity forPublic(List<DatasetId> readableDatasets) {
        return new ProcessingActivity(id, name, category, purpose, legalBasis, legalBasisNote, controller, null,
                dataSubjects, personalData, specialCategories, recipients, thirdCountries, origin, retention,
                retentionPeriod, null, isPublic, readableDatasets, "", createdAt, "", modifiedAt);
    }
}
