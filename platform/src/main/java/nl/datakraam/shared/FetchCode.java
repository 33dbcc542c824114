// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What fetching a file from a URL ({@code POST /v1/datasets/from-url}, a source's refresh or its schedule) can say:
 * refusals of a URL, failures of the server or the transfer, and the outcome of a fetch as the source records it.
 * {@code url} arguments are shown without their query string, which may hold a key. The English template is the
 * default; the interface renders {@code issue.<key>} of the message bundles.
 */
public enum FetchCode implements MessageCode {

    /** Arguments: {@code reason} (the parser's words, English). */
    URL_INVALID("fetch.url-invalid", "This is not a valid URL ({reason}). Give the whole address, starting with"
            + " https://."),

    /** Arguments: {@code scheme} ({@code none} when the URL has none). */
    URL_SCHEME("fetch.url-scheme", "Datakraam fetches only http and https URLs; {scheme,select,none{this URL has no"
            + " scheme}other{'{scheme}:' is not allowed}}."),

    URL_NO_HOST("fetch.url-no-host", "The URL has no host name. Give the whole address, starting with https://."),

    URL_CREDENTIALS("fetch.url-credentials", "The URL contains a user name or password; Datakraam does not store"
            + " credentials in URLs. Make the file available without them."),

    /** Arguments: {@code host}, {@code setting} (the operator's setting that allows internal sources). */
    URL_INTERNAL("fetch.url-internal", "The host '{host}' is in a loopback, link-local or private network; Datakraam"
            + " fetches only from public addresses. An operator may allow internal sources with {setting}=true."),

    /** Arguments: {@code host}. */
    HOST_UNKNOWN("fetch.host-unknown", "The host '{host}' is unknown (DNS); check the URL."),

    /** Arguments: {@code url}, {@code status}. */
    REDIRECT_WITHOUT_LOCATION("fetch.redirect-without-location", "The server at {url} answered {status} (a"
            + " redirect) without saying where to."),

    /** Arguments: {@code url}, {@code max}. */
    TOO_MANY_REDIRECTS("fetch.too-many-redirects", "The server at {url} redirected more than {max} times."),

    /** Arguments: {@code url}. */
    REDIRECT_MALFORMED("fetch.redirect-malformed", "The server at {url} redirected to a malformed URL."),

    /** Arguments: {@code url}, {@code status}. */
    HTTP_STATUS("fetch.http-status", "The server at {url} answered HTTP {status}{status,select,404{ (Not Found):"
            + " check the URL}401{ (Unauthorized): the file is not public}403{ (Forbidden): the file is not"
            + " public}other{}}."),

    /** Arguments: {@code url}. */
    NOT_MODIFIED_UNASKED("fetch.not-modified-unasked", "The server at {url} answered 304 Not Modified to a request"
            + " that was not conditional."),

    /** Arguments: {@code url}, {@code reason} (the HTTP client's words, English). */
    REQUEST_INVALID("fetch.request-invalid", "The server at {url} cannot be requested ({reason})."),

    /** Arguments: {@code url}, {@code seconds}. */
    CONNECT_TIMEOUT("fetch.connect-timeout", "The server at {url} could not be reached within {seconds} s."),

    /** Arguments: {@code url}, {@code seconds}. */
    READ_TIMEOUT("fetch.read-timeout", "The server at {url} did not answer within {seconds} s."),

    /** Arguments: {@code url}. */
    CONNECTION_REFUSED("fetch.connection-refused", "The server at {url} refused the connection or could not be"
            + " reached."),

    /** Arguments: {@code url}, {@code reason} (the network's words, English). */
    TRANSFER_FAILED("fetch.transfer-failed", "The server at {url} could not be fetched: {reason}."),

    /** Arguments: {@code url}. */
    SHUTTING_DOWN("fetch.shutting-down", "The file at {url} was not fetched: the server is shutting down."),

    /** Arguments: {@code url}, {@code bytes} (received), {@code seconds} (without data). */
    STALLED("fetch.stalled", "The server at {url} stopped sending after {bytes} bytes (no data for {seconds} s)."),

    /** Arguments: {@code url}, {@code bytes} (received). */
    BROKE_OFF("fetch.broke-off", "The server at {url} broke off the transfer after {bytes} bytes."),

    /** Arguments: {@code maxFileSizeBytes}, {@code maxMegabytes}. */
    TOO_LARGE("fetch.too-large", "The file is larger than the limit of {maxMegabytes} MB"
            + " (datakraam.ingest.fetch.max-size, or the upload limit)."),

    /** Arguments: {@code datasetId}. */
    SOURCE_NOT_FOUND("fetch.source-not-found", "Dataset {datasetId} was not fetched from a URL."),

    /** A fetch's outcome as the source records it. Arguments: {@code filename}, {@code bytes}, {@code jobId}. */
    RECEIVED("fetch.received", "Received '{filename}' ({bytes} bytes); ingest job {jobId} makes it the new version."),

    /** A fetch's outcome as the source records it. */
    UNCHANGED("fetch.unchanged", "The server says the file has not changed since the last fetch; the current version"
            + " stays."),

    /** A fetch's outcome as the source records it. Arguments: {@code reason} (a message of this enum). */
    FAILED_KEPT("fetch.failed-kept", "{reason} The current version stays."),

    /** A fetch's outcome as the source records it. Arguments: {@code exception} (its class name). */
    FAILED_UNEXPECTEDLY("fetch.failed-unexpectedly", "The fetch failed unexpectedly ({exception}); the current version"
            + " stays. The server log has the details.");

    private final String key;
    private final String englishTemplate;

    FetchCode(String key, String englishTemplate) {
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
