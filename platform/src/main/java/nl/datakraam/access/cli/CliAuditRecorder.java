// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every command-line run in the audit log when its command has finished (Spring Boot publishes
 * {@link ApplicationReadyEvent} after the commands, its runners, have run): action {@code cli.command}, actor and
 * origin {@code cli}, outcome the exit code, details {@code command} (the leading lower-case words, e.g.
 * {@code audit verify} or {@code import}, never a file name) and {@code options} (the option names given, never their
 * values). A command that throws is not recorded here (commands catch their failures and set an exit code).
 */
@Component
@Profile("cli")
class CliAuditRecorder {

    private static final Caller CLI = Caller.administrator(AuditLog.CLI);

    private final AuditLog audit;
    private final ApplicationArguments arguments;
    private final ObjectProvider<ExitCodeGenerator> commands;

    CliAuditRecorder(AuditLog audit, ApplicationArguments arguments, ObjectProvider<ExitCodeGenerator> commands) {
        this.audit = audit;
        this.arguments = arguments;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void commandFinished() {
        List<String> words = new ArrayList<>();
        for (String word : arguments.getNonOptionArgs()) {
            if (!word.matches("[a-z][a-z-]*") || words.size() == 2) {
                break;
            }
            words.add(word);
        }
        int exitCode = commands.orderedStream().mapToInt(ExitCodeGenerator::getExitCode).filter(code -> code != 0)
                .findFirst().orElse(0);
        Map<String, String> details = new TreeMap<>();
        details.put("command", String.join(" ", words));
        details.put("options", String.join(",", new TreeSet<>(arguments.getOptionNames())));
        audit.record(CLI, "cli.command", null, null, details, Integer.toString(exitCode));
    }
}
