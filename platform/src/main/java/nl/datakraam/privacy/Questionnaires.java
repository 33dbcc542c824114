// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaires of the assessment register, versioned: the built-in ones ({@code privacy/questionnaires/*.json}
 * on the classpath, checked at start-up: a broken one stops the application) and those in
 * {@code datakraam.privacy.questionnaire-directory}, read again whenever that folder's files change (a broken file
 * there is skipped with a warning). A file is named {@code <id>-v<version>.json} and says the same id and version
 * inside. A version already known from the classpath cannot be replaced from the folder. Thread-safe.
 */
@Service
public class Questionnaires {

    private static final Logger LOG = LoggerFactory.getLogger(Questionnaires.class);
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)-v([0-9]+)\\.json");

    private final JsonMapper json;
    private final @Nullable Path directory;
    private final Map<String, Questionnaire> builtIn;
    private volatile Loaded loaded = new Loaded("(not read yet)", Map.of());

    private record Loaded(String signature, Map<String, Questionnaire> byKey) {
    }

    Questionnaires(JsonMapper json, PrivacySettings settings) {
        this.json = json;
        this.directory = settings.questionnaireDirectory();
        Map<String, Questionnaire> found = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:privacy/questionnaires/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    Questionnaire q = checked(String.valueOf(resource.getFilename()), json.readValue(in,
                            Questionnaire.class));
                    found.put(key(q.id(), q.version()), q);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in questionnaires", e);
        }
        this.builtIn = Map.copyOf(found);
    }

    /** The newest version of the kind's questionnaire. */
    public Questionnaire latest(AssessmentKind kind) {
        return all().stream().filter(q -> q.id().equals(kind.code()))
                .max(Comparator.comparingInt(Questionnaire::version))
                .orElseThrow(() -> new IllegalStateException("no questionnaire for " + kind.code()));
    }

    /** One version; empty when it is not (or no longer) there. */
    public Optional<Questionnaire> find(String id, int version) {
        return Optional.ofNullable(current().get(key(id, version)));
    }

    /** Every version of every questionnaire, by id then version. */
    public List<Questionnaire> all() {
        return List.copyOf(current().values());
    }

    private Map<String, Questionnaire> current() {
        if (directory == null) {
            return builtIn;
        }
        String signature = signature(directory);
        Loaded now = loaded;
        if (!now.signature().equals(signature)) {
            Map<String, Questionnaire> all = new TreeMap<>(builtIn);
            for (Path file : files(directory)) {
                try {
                    Questionnaire q = checked(file.getFileName().toString(),
                            json.readValue(file.toFile(), Questionnaire.class));
                    all.putIfAbsent(key(q.id(), q.version()), q);
                } catch (RuntimeException e) {
                    LOG.warn("Questionnaire {} skipped: {}", file, e.getMessage());
                }
            }
            now = new Loaded(signature, Map.copyOf(all));
            loaded = now;
        }
        return now.byKey();
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", directory, e.getMessage());
            return List.of();
        }
    }

    private static String signature(Path directory) {
        var signature = new StringBuilder();
        for (Path file : files(directory)) {
            try {
                signature.append(file.getFileName()).append(':').append(Files.getLastModifiedTime(file).toMillis())
                        .append(':').append(Files.size(file)).append(';');
            } catch (IOException e) {
                signature.append(file.getFileName()).append(":?;");
            }
        }
        return signature.toString();
    }

    /**
     * The questionnaire if it is well-formed: its file name matches its id and version, its id is a kind's, its
     * question ids are unique, types known, choices have options.
     *
     * @throws IllegalStateException naming what is wrong
     */
    static Questionnaire checked(String fileName, Questionnaire q) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches() || !name.group(1).equals(q.id()) || Integer.parseInt(name.group(2)) != q.version()) {
            throw new IllegalStateException(fileName + ": the file name must be <id>-v<version>.json of its id "
                    + q.id() + " and version " + q.version());
        }
        if (AssessmentKind.of(q.id()).isEmpty() || !q.id().equals(q.kind())) {
            throw new IllegalStateException(fileName + ": id and kind must be one of dpia-prescan, dpia, ethics, bio");
        }
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Questionnaire.Question question : q.questions()) {
            if (!ids.add(question.id())) {
                problems.add("question id " + question.id() + " twice");
            }
            if (!List.of(Questionnaire.YES_NO, Questionnaire.TEXT, Questionnaire.CHOICE).contains(question.type())) {
                problems.add(question.id() + " has unknown type " + question.type());
            }
            if (question.type().equals(Questionnaire.CHOICE) && question.choices().isEmpty()) {
                problems.add(question.id() + " is a choice without options");
            }
            if (question.text().get("nl") == null || question.text().get("en") == null) {
                problems.add(question.id() + " needs a text in nl and en");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(fileName + ": " + String.join("; ", problems));
        }
        return q;
    }

    private static String key(String id, int version) {
        return id + "@" + String.format("%05d", version);
    }
}
