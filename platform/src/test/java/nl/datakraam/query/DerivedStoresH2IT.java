// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

/** The saved-query and lineage stores on the embedded default, H2 in PostgreSQL mode (shares the end-to-end context). */
class DerivedStoresH2IT extends DerivedStoresContract {
}
