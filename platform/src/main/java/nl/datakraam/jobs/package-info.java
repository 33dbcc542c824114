// SPDX-License-Identifier: EUPL-1.2
/**
 * Durable background jobs (taken): the job record with status and progress that people see, and the persistent
 * scheduler (db-scheduler, on the metadata store) that runs them, claimed by one node at a time and picked up again
 * after a crash. Modules define their own tasks; this module knows nothing about what a task does.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"access", "shared"})
package nl.datakraam.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
