// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.ProcessingActivity;
import nl.datakraam.privacy.SpecialCategory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The processing register in the shape of the VNG verwerkingsactiviteiten API ("VAR API" 0.1.0,
 * {@code ../shared/standards/verwerkingen}): a list is {@code {count, next, previous, results}}, an activity uses
 * its property names ({@code naam}, {@code doel}, {@code grondslag}, {@code toelichtingGrondslag},
 * {@code verantwoordelijkeOrganisatie}, {@code bewaartermijn}, {@code herkomst}, {@code afnemendeCategorieOntvangers},
 * {@code afnemendeInternationaleDerden}, {@code categorie}) plus ours for what AVG art. 30 asks and the VAR API has
 * no field for: {@code grondslagCode}, {@code avgArtikel}, {@code categorieenBetrokkenen},
 * {@code categorieenPersoonsgegevens}, {@code bijzondereCategorieenPersoonsgegevens}, {@code bewaartermijnDuur},
 * {@code beveiligingsmaatregelen}, {@code contactgegevens}, {@code openbaar}, {@code datasets}. The CSV export has
 * the columns {@link #COLUMNS} in that order, UTF-8, RFC 4180 (comma, double quotes, CRLF), one row per activity,
 * list values joined with {@code " | "}, absent values empty.
 */
final class ProcessingRegisterFormat {

    static final List<String> COLUMNS = List.of("id", "naam", "categorie", "doel", "grondslag", "grondslagCode",
            "avgArtikel", "toelichtingGrondslag", "verantwoordelijkeOrganisatie", "contactgegevens",
            "categorieenBetrokkenen", "categorieenPersoonsgegevens", "bijzondereCategorieenPersoonsgegevens",
            "afnemendeCategorieOntvangers", "afnemendeInternationaleDerden", "herkomst", "bewaartermijn",
            "bewaartermijnDuur", "beveiligingsmaatregelen", "openbaar", "datasets");

    private static final String LIST_SEPARATOR = " | ";

    private ProcessingRegisterFormat() {
    }

    /** One activity as a JSON object, members in the order of {@link #COLUMNS}. */
    static Map<String, @Nullable Object> json(ProcessingActivity a) {
        Map<String, @Nullable Object> o = new LinkedHashMap<>();
        o.put("id", a.id().toString());
        o.put("naam", a.name());
        o.put("categorie", a.category());
        o.put("doel", a.purpose());
        o.put("grondslag", a.legalBasis().label());
        o.put("grondslagCode", a.legalBasis().code());
        o.put("avgArtikel", a.legalBasis().article());
        o.put("toelichtingGrondslag", a.legalBasisNote());
        o.put("verantwoordelijkeOrganisatie", a.controller());
        o.put("contactgegevens", a.contact());
        o.put("categorieenBetrokkenen", a.dataSubjects());
        o.put("categorieenPersoonsgegevens", a.personalData());
        o.put("bijzondereCategorieenPersoonsgegevens", a.specialCategories().stream().map(SpecialCategory::code)
                .toList());
        o.put("afnemendeCategorieOntvangers", a.recipients());
        o.put("afnemendeInternationaleDerden", a.thirdCountries());
        o.put("herkomst", a.origin());
        o.put("bewaartermijn", a.retention());
        o.put("bewaartermijnDuur", a.retentionPeriod() == null ? null : a.retentionPeriod().toString());
        o.put("beveiligingsmaatregelen", a.securityMeasures());
        o.put("openbaar", a.isPublic());
        o.put("datasets", a.datasets().stream().map(DatasetId::toString).toList());
        return o;
    }

    /** The list in the VAR API's shape; one page holds the whole register. */
    static Map<String, @Nullable Object> list(List<ProcessingActivity> activities) {
        Map<String, @Nullable Object> list = new LinkedHashMap<>();
        list.put("count", activities.size());
        list.put("next", null);
        list.put("previous", null);
        list.put("results", activities.stream().map(ProcessingRegisterFormat::json).toList());
        return list;
    }

    /**
     * The CSV export, header first. A text that a spreadsheet would run as a formula (starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, so that opening the
     * public register in Excel runs nothing that somebody typed into it (OWASP, "CSV Injection").
     */
    static String csv(List<ProcessingActivity> activities) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get())) {
            for (ProcessingActivity a : activities) {
                List<@Nullable Object> row = new ArrayList<>();
                for (Object value : json(a).values()) {
                    row.add(inert(value instanceof List<?> items ? String.join(LIST_SEPARATOR,
                            items.stream().map(String::valueOf).toList()) : value));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value as a spreadsheet shows it without running it (see {@link #csv}). */
    static @Nullable Object inert(@Nullable Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
