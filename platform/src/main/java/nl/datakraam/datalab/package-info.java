// SPDX-License-Identifier: EUPL-1.2
/**
 * The datalab's visual side (issue 7): the no-SQL query builder, charts (ECharts), maps (Leaflet) and dashboards.
 * The builder turns a {@link nl.datakraam.datalab.BuilderQuery} into one quoted, escaped SELECT
 * ({@link nl.datakraam.datalab.BuilderSql}); charts and dashboards store their specs here and always fetch their data
 * as the viewer, through {@code query.QueryService}. Running SQL, saved queries and derived datasets are the
 * {@code query} module's.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "query", "access", "shared"})
package nl.datakraam.datalab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
