// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.quality.Quality;
import nl.datakraam.quality.model.DataQualityFormula;
import nl.datakraam.quality.model.DueDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages "Achterstallige datasets" ({@code /achterstallig}) and the data quality formula
 * ({@code /kwaliteit/formule}).
 */
@Controller
class ActualiteitPageController {

    private final Quality quality;
    private final Authorization authorization;

    ActualiteitPageController(Quality quality, Authorization authorization) {
        this.quality = quality;
        this.authorization = authorization;
    }

    /** The overdue datasets the caller may read, longest overdue first. */
    @GetMapping("/achterstallig")
    String overdue(Model model) {
        model.addAttribute("overdue", quality.overdue(authorization.currentCaller()));
        return "quality/overdue";
    }

    /** How the data quality score and the due dates are computed, for users. */
    @GetMapping("/kwaliteit/formule")
    String formula(Model model, Locale locale) {
        model.addAttribute("formulaVersion", DataQualityFormula.VERSION);
        model.addAttribute("dueRules", DueDates.rules().stream()
                .map(rule -> new DueRow(rule.frequency(), Amount.of(rule.interval()), Amount.of(rule.grace())))
                .toList());
        model.addAttribute("withoutDueDate", UpdateFrequency.all().stream()
                .filter(f -> DueDates.rule(f).isEmpty()).map(f -> f.label(locale))
                .collect(Collectors.joining(", ")));
        return "quality/formula";
    }

    /** One row of the due-date table. */
    record DueRow(UpdateFrequency frequency, Amount interval, Amount grace) {
    }

    /**
     * A length of time in one unit, for the messages {@code formula.unit.hours}, {@code .days}, {@code .months},
     * {@code .years}.
     */
    record Amount(long count, String unit) {

        static Amount of(TemporalAmount amount) {
            if (amount instanceof Duration duration) {
                return new Amount(duration.toHours(), "hours");
            }
            Period period = (Period) amount;
            if (period.getYears() > 0) {
                return new Amount(period.getYears(), "years");
            }
            return period.getMonths() > 0 ? new Amount(period.getMonths(), "months")
                    : new Amount(period.getDays(), "days");
        }
    }
}
