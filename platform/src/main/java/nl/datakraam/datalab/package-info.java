// SPDX-License-Identifier: EUPL-1.2
/**
 * The datalab's visual side (issue 7): the no-SQL query builder, charts (ECharts), maps (Leaflet) and dashboards.
 * Maps ({@link nl.datakraam.datalab.Maps}, {@link nl.datakraam.datalab.MapViews}) store only their specification;
 * their data is always read as the viewer, through {@code query.QueryService} (features of a geodata dataset, and the
 * SQL of a choropleth's figures). Running SQL, saved queries and derived datasets are the {@code query} module's.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "query", "access", "shared"})
package nl.datakraam.datalab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
