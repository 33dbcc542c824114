// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.nio.file.Path;
import nl.datakraam.lib.tabular.Inference;

/**
 * The files one ingest wrote.
 *
 * @param parquet     the version's data as Parquet (ZSTD), typed per the inferred schema
 * @param csv         the same data as clean CSV: UTF-8, comma, ISO dates, decimal point, field names as header
 */
record TabularWrite(Inference inference, Path parquet, Path csv) {
}
