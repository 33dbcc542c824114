// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.nio.file.Path;

/**
 * A view the sandbox offers: {@code name} over one Parquet file.
 *
 * @param name    a safe SQL identifier
 * @param parquet absolute path of the Parquet file; the only kind of path the sandbox lets DuckDB open
 */
public record SandboxTable(String name, Path parquet) {
}
