// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

/** The MQA history store on the embedded default, H2 in PostgreSQL mode (shares the end-to-end context). */
class MqaAssessmentsH2IT extends MqaAssessmentsContract {
}
