// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.nio.file.Path;
import nl.datakraam.lib.tabular.Inference;

/**
 * The files one ingest wrote.
 *
 * @param parquet     the version's data as Parquet (ZSTD), typed per the inferred schema
 */
record TabularWrite(Inference inference, Path parquet) {
}
