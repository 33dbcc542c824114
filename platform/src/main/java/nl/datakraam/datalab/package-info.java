// SPDX-License-Identifier: EUPL-1.2
/**
 * The datalab's visual side (issue 7): the no-SQL query builder, charts (ECharts), maps (Leaflet) and dashboards.
 * The builder turns a {@link nl.datakraam.datalab.BuilderQuery} into one quoted, escaped SELECT
 * ({@link nl.datakraam.datalab.BuilderSql}); charts and dashboards store their specs here and always fetch their data
 * as the viewer, through {@code query.QueryService}. Running SQL, saved queries and derived datasets are the
 * {@code query} module's. Maps ({@link nl.datakraam.datalab.Maps}, {@link nl.datakraam.datalab.MapViews}) likewise
 * store only their specification and read their data as the viewer (features of a geodata dataset, and the SQL of a
 * choropleth's figures).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "query", "access", "shared"})
package nl.datakraam.datalab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
