// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.datakraam.access.Account;
import nl.datakraam.access.Accounts;
import nl.datakraam.access.Caller;
import nl.datakraam.access.NewAccount;
import nl.datakraam.shared.LocalisedMessages;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar datakraam.jar account create --id=ID --name=NAME [--email=E-MAIL] --role=ROLE [--role=...]
 * [--group=GROUP ...] [--organisation=ORG] [--lang=nl|en]}: creates a local account through {@link Accounts}, as the
 * administrator, e.g. the first {@code beheerder}. The password comes from the environment variable
 * {@code DATAKRAAM_ACCOUNT_PASSWORD}, else the first line of standard input (typed without echo on a terminal); it is
 * never an argument, so it stays out of shell history and process lists. Says what it did or which value is wrong,
 * in English or Dutch ({@code --lang}, else the system's language), never with a stack trace. Exit code 0 when
 * created, 1 on an unexpected failure, 2 for wrong arguments or a refused value.
 */
@Component
@Profile("cli-account")
class AccountCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String PASSWORD_VARIABLE = "DATAKRAAM_ACCOUNT_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(AccountCommand.class);
    private static final Caller CLI = Caller.administrator("cli");

    private final Accounts accounts;
    private final LocalisedMessages messages;
    private final MessageSource texts;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    AccountCommand(Accounts accounts, LocalisedMessages messages, MessageSource texts) {
        this.accounts = accounts;
        this.messages = messages;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        Locale locale = LocalisedMessages.commandLine(args);
        if (words.size() != 2 || !"create".equals(words.get(1))) {
            usage(locale);
            return;
        }
        try {
            String password = password();
            if (password == null) {
                err.println(text("cli.account.no-password", locale, PASSWORD_VARIABLE));
                exitCode = 2;
                return;
            }
            Account account = accounts.create(new NewAccount(option(args, "id"), option(args, "name"),
                    option(args, "email"), password, options(args, "role"), options(args, "group"),
                    option(args, "organisation")), CLI);
            out.println(text("cli.account.created", locale, account.id(), String.join(", ",
                    account.roles().stream().sorted().toList())));
        } catch (PlatformException e) {
            err.println(text("cli.account.refused", locale, messages.problem(e, locale)));
            exitCode = 2;
        } catch (IOException | RuntimeException e) {
            log.error("The account command failed", e);
            err.println(text("cli.account.unexpected", locale, e.getClass().getSimpleName()));
            exitCode = 1;
        }
    }

    /** From the environment, else one line of standard input (without echo on a terminal); null when none. */
    private static @Nullable String password() throws IOException {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password / wachtwoord: ");
            return typed == null ? null : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null || line.isEmpty() ? null : line;
    }

    private static @Nullable String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A repeatable option, also comma-separated: {@code --role=a --role=b} or {@code --role=a,b}. */
    private static List<String> options(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null ? List.of() : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private void usage(Locale locale) {
        err.println(text("cli.account.usage", locale, PASSWORD_VARIABLE));
        exitCode = 2;
    }


    private String text(String key, Locale locale, Object... arguments) {
        return texts.getMessage(key, arguments, locale);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
