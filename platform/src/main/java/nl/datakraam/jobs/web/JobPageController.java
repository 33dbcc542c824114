// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.shared.LocalisedMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The progress page of a job ({@code /taken/{id}}) and the fragment it polls ({@code /taken/{id}/voortgang}) with
 * htmx until the job has finished.
 */
@Controller
class JobPageController {

    private final Jobs jobs;
    private final Authorization authorization;
    private final Clock clock;
    private final LocalisedMessages messages;

    JobPageController(Jobs jobs, Authorization authorization, Clock clock, LocalisedMessages messages) {
        this.jobs = jobs;
        this.authorization = authorization;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/taken/{id}")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        addJob(id, model, locale);
        return "jobs/job";
    }

    @GetMapping("/taken/{id}/voortgang")
    String progress(@PathVariable UUID id, Model model, Locale locale) {
        addJob(id, model, locale);
        return "jobs/job :: progress";
    }

    @PostMapping("/taken/{id}/annuleren")
    String cancel(@PathVariable UUID id) {
        jobs.cancel(new JobId(id), authorization.currentCaller());
        return "redirect:/taken/" + id;
    }

    private void addJob(UUID id, Model model, Locale locale) {
        Job job = jobs.get(new JobId(id), authorization.currentCaller());
        model.addAttribute("job", job);
        if (job.errorCode() != null) {
            model.addAttribute("errorText", messages.jobError(job.errorCode(), job.errorArguments(), locale,
                    job.errorMessage() == null ? job.errorCode() : job.errorMessage()));
            model.addAttribute("errorFile", job.errorArguments().get("file"));
        }
        model.addAttribute("rowsPerSecond", job.rowsPerSecond(clock.instant()));
        model.addAttribute("secondsLeft", job.secondsLeft(clock.instant()));
    }
}
