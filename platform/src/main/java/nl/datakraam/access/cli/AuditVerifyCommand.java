// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import nl.datakraam.access.AuditVerification;
import nl.datakraam.access.AuditVerifier;
import nl.datakraam.shared.LocalisedMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar datakraam.jar audit verify [--lang=nl|en]}: checks the audit log's hash chain with
 * {@link AuditVerifier} and prints the outcome: the entries checked and the head (seq and hash, to keep elsewhere as
 * an anchor), or the first bad seq and whether an entry there was edited, deleted or inserted. Runs beside a running
 * server (same data directory or database). Exit code 0 when the chain is intact, 1 when it is broken or the check
 * failed, 2 for wrong arguments. Never prints a stack trace (those go to the log).
 */
@Component
@Profile("cli-audit")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

    private final AuditVerifier verifier;
    private final MessageSource texts;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    AuditVerifyCommand(AuditVerifier verifier, MessageSource texts) {
        this.verifier = verifier;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Locale locale = LocalisedMessages.commandLine(args);
        if (!List.of("audit", "verify").equals(args.getNonOptionArgs())) {
            err.println(texts.getMessage("audit.cli.usage", null, locale));
            exitCode = 2;
            return;
        }
        try {
            AuditVerification result = verifier.verify();
            if (result.ok()) {
                out.println(texts.getMessage("audit.cli.ok", new Object[] {Long.toString(result.entriesChecked()),
                        Long.toString(result.headSeq()), result.headHash()}, locale));
            } else {
                err.println(texts.getMessage("audit.cli.broken", new Object[] {Long.toString(result.firstBadSeq()),
                        texts.getMessage("audit.problem." + result.problem().code(), null, locale),
                        Long.toString(result.entriesChecked())}, locale));
                exitCode = 1;
            }
        } catch (RuntimeException e) {
            log.error("The audit verify command failed", e);
            err.println(texts.getMessage("audit.cli.unexpected", new Object[] {e.getClass().getSimpleName()},
                    locale));
            exitCode = 1;
        }
    }


    @Override
    public int getExitCode() {
        return exitCode;
    }
}
