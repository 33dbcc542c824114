// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.nio.file.Path;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.lib.tabular.Inference;
import org.jspecify.annotations.Nullable;

/**
 * The files one geodata ingest wrote, and what the catalogue records about their geometry.
 *
 * @param parquet GeoParquet 1.1: the attributes, {@code geometry} (WKB, WGS 84) with its {@code bbox} covering, for
 *                an RD New source also {@code geometry_rd} (WKB, EPSG:28992) with {@code bbox_rd}, and
 *                {@code geometry_wkt}; the {@code geo} metadata in the footer
 * @param spatial source CRS, WGS 84 extent and geometry types; null for a Parquet upload without geometry, which
 *                {@link ParquetUpload#write} also reports this way
 */
record GeoWrite(Path parquet, @Nullable VersionSpatial spatial) {

    /** The same files, in the form the tabular path reports them. */
    TabularWrite asTabular(Inference inference) {
        return new TabularWrite(inference, parquet);
    }
}
