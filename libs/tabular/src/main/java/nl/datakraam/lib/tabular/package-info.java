// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads the tabular files Dutch governments publish and describes them as a Frictionless Table Schema.
 *
 * <p>{@link nl.datakraam.lib.tabular.RecordSource} reads any supported {@link nl.datakraam.lib.tabular.TabularFormat}
 * as text records: delimited text (whose dialect {@link nl.datakraam.lib.tabular.CsvSniffer} finds: encoding over
 * the whole file, delimiter, quote, preamble, header), XLSX and ODS workbooks (one sheet; typed cells as canonical
 * text, dates as ISO 8601) and JSON arrays of objects (flattened). {@link nl.datakraam.lib.tabular.TabularInference}
 * infers a <a href="https://specs.frictionlessdata.io/table-schema/">Table Schema</a> from every value of every
 * column in one streamed pass, the same way for every format, and {@link nl.datakraam.lib.tabular.RowConverter} turns
 * each record into typed Java values. Files are never held in memory, and workbooks are checked against zip bombs and
 * XML entity expansion before they are read. This library has no Spring and no I/O besides reading the given file;
 * it does not store, write Parquet, or decide what a steward may override — the platform's {@code ingest} module
 * does. GeoJSON is geodata and is left to a geodata reader.
 */
@NullMarked
package nl.datakraam.lib.tabular;

import org.jspecify.annotations.NullMarked;
