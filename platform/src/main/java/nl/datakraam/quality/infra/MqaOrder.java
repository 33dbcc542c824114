// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import java.io.Serializable;
import java.util.UUID;

/** Which dataset an MQA task assesses; kept with the scheduled task in the metadata store. */
record MqaOrder(UUID datasetId) implements Serializable {
}
