// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.util.List;
import nl.datakraam.ingest.CrsProposal;
import nl.datakraam.lib.geo.CoordinateColumns;
import nl.datakraam.lib.tabular.Inference;
import org.jspecify.annotations.Nullable;

/**
 * What the first pass over an upload found, as {@link GeoWriter#infer} reports it: the tabular inference of its
 * attributes (for geodata, the features' properties), and where its geometry comes from, if it gets any.
 *
 * @param inference the attributes' inference, with the geodata notes among its issues; for {@link Features} its
 *                  layout is nominal (the attributes are read again through the geodata reader, never through
 *                  {@link nl.datakraam.lib.tabular.RecordSource#open})
 * @param geometry  how the version's geometry is made; null for a table without (confirmed) coordinates
 * @param crs       the CRS question for the steward's review: what the file declares or its coordinates suggest;
 *                  null for a table without coordinate columns
 */
record GeoInference(Inference inference, @Nullable GeometrySource geometry, @Nullable CrsProposal crs) {

    /** Where a version's geometry comes from, and the CRS of its coordinates there. */
    sealed interface GeometrySource permits Features, Points {

        /**
         * The EPSG code of the source's coordinates: declared by the file or confirmed by the steward;
         * {@link GeoWriter#UNCONFIRMED} while the steward has yet to confirm it in the review.
         */
        int sourceCrs();
    }

    /**
     * The features of a GeoJSON file or of a GeoPackage's first feature table.
     *
     * @param format    {@code geojson} or {@code gpkg}
     * @param table     the GeoPackage table read; null for GeoJSON
     * @param withId    whether the attributes start with the features' ids (a column {@code id})
     * @param keys      the property names, in the order of the attributes after the id
     */
    record Features(String format, @Nullable String table, boolean withId, List<String> keys,
                    int sourceCrs) implements GeometrySource {

        Features {
            keys = List.copyOf(keys);
        }
    }

    /**
     * Points from two coordinate columns of a table, confirmed by the steward.
     *
     * @param columns the columns, as indexes into the inference's fields
     */
    record Points(CoordinateColumns columns, int sourceCrs) implements GeometrySource {
    }
}
