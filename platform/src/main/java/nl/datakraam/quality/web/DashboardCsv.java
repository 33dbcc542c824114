// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.datakraam.quality.Dashboard;
import nl.datakraam.quality.DataQuality;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard as a CSV file for a spreadsheet: one row per dataset (what a manager sorts, filters and pivots in
 * Excel), in the interface language. Dutch (the default): {@code ;} between fields and a decimal comma, as Excel
 * with Dutch settings reads and writes CSV; English: {@code ,} and a decimal point. Always UTF-8 with a byte order
 * mark (without it Excel reads UTF-8 as Windows-1252), a header row, CRLF line ends and RFC 4180 quoting. Text that
 * a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets a leading
 * apostrophe. An empty cell means "not assessed".
 */
final class DashboardCsv {

    static final String[] COLUMNS = {"dataset", "organisation", "access", "mqaScore", "mqaRating", "dataQuality",
        "completeness", "validity", "uniqueness", "timeliness", "overdue", "page"};
    private static final String BOM = "\uFEFF";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private DashboardCsv() {
    }

    /**
     * The CSV file as an attachment named {@code kwaliteitsdashboard-<date>.csv} (English:
     * {@code quality-dashboard-<date>.csv}), the date of judging in the Netherlands.
     *
     * @param baseUrl the scheme, host and port the page links start with, e.g. {@code https://data.provincie.nl}
     */
    static ResponseEntity<byte[]> response(Dashboard dashboard, Locale locale, MessageSource messages,
            String baseUrl) {
        boolean dutch = !locale.getLanguage().equals("en");
        String name = (dutch ? "kwaliteitsdashboard-" : "quality-dashboard-")
                + LocalDate.ofInstant(dashboard.judgedAt(), NETHERLANDS) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(write(dashboard, dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH, messages, baseUrl)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The file's text, byte order mark included. */
    static String write(Dashboard dashboard, Locale locale, MessageSource messages, String baseUrl) {
        boolean dutch = !locale.getLanguage().equals("en");
        char delimiter = dutch ? ';' : ',';
        DecimalFormat number = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(
                dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH));
        number.setRoundingMode(java.math.RoundingMode.HALF_UP);
        var csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(messages.getMessage("dashboard.csv." + column, null, locale));
        }
        line(csv, header, delimiter);
        for (Dashboard.Row row : dashboard.rows()) {
            DataQuality.Dimensions dimensions = row.dimensions();
            List<String> cells = new ArrayList<>();
            cells.add(text(row.title()));
            cells.add(row.organisation() == null ? "" : text(row.organisation()));
            cells.add(messages.getMessage("access." + row.accessLevel(), null, row.accessLevel(), locale));
            cells.add(row.mqaScore() == null ? "" : row.mqaScore().toString());
            cells.add(row.mqaRating() == null ? "" : messages.getMessage("dashboard.rating." + row.mqaRating(), null,
                    locale));
            cells.add(decimal(number, row.dataQuality()));
            cells.add(dimensions == null ? "" : decimal(number, dimensions.completeness()));
            cells.add(dimensions == null ? "" : decimal(number, dimensions.validity()));
            cells.add(dimensions == null ? "" : decimal(number, dimensions.uniqueness()));
            cells.add(dimensions == null ? "" : decimal(number, dimensions.timeliness()));
            cells.add(messages.getMessage(row.overdue() ? "dashboard.yes" : "dashboard.no", null, locale));
            cells.add(baseUrl + row.page());
            line(csv, cells, delimiter);
        }
        return csv.toString();
    }

    private static String decimal(DecimalFormat format, @Nullable Double value) {
        return value == null ? "" : format.format(value);
    }

    /** Text a spreadsheet would evaluate as a formula is kept as text (OWASP: CSV injection). */
    private static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void line(StringBuilder csv, List<String> cells, char delimiter) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(delimiter);
            }
            String cell = cells.get(i);
            if (cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }
}
