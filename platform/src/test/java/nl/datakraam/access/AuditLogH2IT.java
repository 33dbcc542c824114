// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

/** The audit log contract on the embedded default, H2 in PostgreSQL mode (shares the end-to-end context). */
class AuditLogH2IT extends AuditLogContract {
}
