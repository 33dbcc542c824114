// SPDX-License-Identifier: EUPL-1.2
/**
 * Datasets fetched from a URL and fetched again on a schedule, internal to {@code ingest}. The download streams into
 * {@link nl.datakraam.ingest.IngestService} like an upload; a re-fetch is a conditional GET (ETag, Last-Modified) and
 * makes a new version only when the server sends a changed file. {@link nl.datakraam.ingest.fetch.UrlGuard} keeps the
 * server from fetching from its own network. Not here: authentication towards the remote server, harvesting whole
 * catalogues (that belongs to {@code publish}).
 */
@NullMarked
package nl.datakraam.ingest.fetch;

import org.jspecify.annotations.NullMarked;
