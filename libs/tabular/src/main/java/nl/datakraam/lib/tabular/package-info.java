// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads delimited text files as Dutch governments publish them and describes them as a Frictionless Table Schema.
 *
 * <p>{@link nl.datakraam.lib.tabular.CsvSniffer} finds the dialect (encoding over the whole file, delimiter, quote,
 * preamble, header), {@link nl.datakraam.lib.tabular.TabularInference} infers a
 * <a href="https://specs.frictionlessdata.io/table-schema/">Table Schema</a> from every value of every column in one
 * streamed pass, and {@link nl.datakraam.lib.tabular.RowConverter} turns each record into typed Java values. Files are
 * never held in memory. This library has no Spring and no I/O besides reading the given file; it does not store,
 * write Parquet, or decide what a steward may override — the platform's {@code ingest} module does.
 */
@NullMarked
package nl.datakraam.lib.tabular;

import org.jspecify.annotations.NullMarked;
