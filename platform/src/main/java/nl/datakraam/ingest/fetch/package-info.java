// SPDX-License-Identifier: EUPL-1.2
/**
 * Datasets fetched from a URL and fetched again on a schedule. The download streams into
 * {@link nl.datakraam.ingest.IngestService} like an upload; a re-fetch is a conditional GET (ETag, Last-Modified) and
 * makes a new version only when the server sends a changed file. {@link nl.datakraam.ingest.fetch.UrlGuard} keeps the
 * server from fetching from its own network; it is this package's one type other modules use (named interface
 * {@code ingest::fetch}: {@code harvest} checks catalogue URLs with it). Not here: authentication towards the remote
 * server, harvesting whole catalogues (module {@code harvest}).
 */
@NullMarked
@NamedInterface("fetch")
package nl.datakraam.ingest.fetch;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
