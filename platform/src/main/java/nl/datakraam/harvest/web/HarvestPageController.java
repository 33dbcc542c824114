// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest.web;

import java.util.Locale;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.harvest.Harvester;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /beheer/oogstbronnen}: the harvest sources with their last run (counts and messages), a form to add one and
 * a button to harvest one now; for those who may create datasets (others get the error page). The same operations
 * as {@code /v1/harvest-sources}.
 */
@Controller
class HarvestPageController {

    private final Harvester harvester;
    private final Authorization authorization;
    private final LocalisedMessages messages;

    HarvestPageController(Harvester harvester, Authorization authorization, LocalisedMessages messages) {
        this.harvester = harvester;
        this.authorization = authorization;
        this.messages = messages;
    }

    @GetMapping("/beheer/oogstbronnen")
    String page(Model model) {
        model.addAttribute("sources", harvester.all(authorization.currentCaller()));
        model.addAttribute("messages", messages);
        return "harvest/sources";
    }

    @PostMapping("/beheer/oogstbronnen")
    String add(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String interval, Model model, Locale locale) {
        Caller caller = authorization.currentCaller();
        try {
            harvester.add(name, kind, url, interval == null || interval.isBlank() ? null : interval, null, caller);
        } catch (PlatformException e) {
            if (e.code().status().is4xxClientError() && e.code() != nl.datakraam.shared.ErrorCode.NOT_ALLOWED
                    && e.code() != nl.datakraam.shared.ErrorCode.LOGIN_REQUIRED) {
                model.addAttribute("error", messages.problem(e, locale));
                return page(model);
            }
            throw e;
        }
        return "redirect:/beheer/oogstbronnen";
    }

    @PostMapping("/beheer/oogstbronnen/{id}/oogsten")
    String run(@PathVariable String id) {
        harvester.run(id, authorization.currentCaller());
        return "redirect:/beheer/oogstbronnen#bron-" + id;
    }
}
