// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/** How much an {@link Issue} matters to the steward. */
public enum Severity {
    /** Something was done that the steward may want to know about; no data was changed or lost. */
    INFO,
    /** The file is irregular; the issue says how it was read, and the steward should check the result. */
    WARNING,
    /** The data could not be read as intended. */
    ERROR
}
