// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What harvesting an external catalogue (a CKAN Action API or a DCAT endpoint) can say about a source or one of its
 * records: why a run failed (nothing of it was imported then), warnings about paging, and why one record was not
 * imported. The English template is the default; the interface renders {@code issue.<key>} of the message bundles.
 */
public enum HarvestCode implements MessageCode {

    /** Arguments: {@code url}, {@code reason} (the HTTP client's words, English). */
    UNREACHABLE("harvest.unreachable", "The source at {url} could not be reached ({reason}); nothing was"
            + " harvested. Check the URL, or try again later."),

    /** Arguments: {@code url}, {@code status}. */
    HTTP_STATUS("harvest.http-status", "The source at {url} answered HTTP {status}; nothing was harvested."
            + "{status,select,404{ Check the URL.}other{}}"),

    /** Arguments: {@code url}, {@code reason} (the parser's words, English). */
    BAD_RDF("harvest.bad-rdf", "The page {url} is not valid RDF (Turtle, RDF/XML or JSON-LD): {reason}; nothing was"
            + " harvested."),

    /** Arguments: {@code url}, {@code reason} (the parser's words, English). */
    BAD_CKAN("harvest.bad-ckan", "The page {url} is not a CKAN package_search answer: {reason}; nothing was"
            + " harvested."),

    /** Arguments: {@code url}, {@code max}. */
    TOO_MANY_PAGES("harvest.too-many-pages", "The source has more than {max} pages; the harvest stopped at {url}."
            + " Records after it were not read, and none were marked as gone."),

    /** Arguments: {@code url}. */
    PAGE_SEEN("harvest.page-seen", "The next page {url} was read before in this harvest (the paging loops); the"
            + " harvest stopped there. No record was marked as gone."),

    /** Arguments: {@code url}. */
    NO_RECORDS("harvest.no-records", "The source at {url} holds no datasets this time (no dcat:Dataset, no CKAN"
            + " package); check its address. No record was marked as gone."),

    /** Arguments: {@code record}, {@code reason} (in English). */
    RECORD_FAILED("harvest.record-failed", "Record {record} was not imported: {reason}"),

    /** Arguments: {@code record}. */
    RECORD_WITHOUT_ID("harvest.record-without-id", "A record without an IRI or identifier was skipped: it cannot"
            + " be matched on the next harvest. Its title: {record}."),

    /** Arguments: {@code record}, {@code licence}. */
    LICENCE_UNKNOWN("harvest.licence-unknown", "The licence '{licence}' of record {record} is not on the licence"
            + " list; the dataset shows it as an unknown licence.");

    private final String key;
    private final String englishTemplate;

    HarvestCode(String key, String englishTemplate) {
        this.key = key;
        this.englishTemplate = englishTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return englishTemplate;
    }
}
