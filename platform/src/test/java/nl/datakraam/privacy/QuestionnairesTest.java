// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The questionnaires: the built-in ones are well-formed, versions coexist, and the pre-scan rule is the AP's. */
class QuestionnairesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void everyKindHasAWellFormedBuiltInQuestionnaireWithItsSources() {
        var questionnaires = new Questionnaires(JSON, new PrivacySettings(100_000, null, null));
        for (AssessmentKind kind : AssessmentKind.values()) {
            Questionnaire q = questionnaires.latest(kind);
            assertThat(q.version()).isEqualTo(1);
            assertThat(q.sources()).isNotEmpty();
            assertThat(q.questions()).allSatisfy(question -> assertThat(question.source()).isNotBlank());
        }
        Questionnaire prescan = questionnaires.latest(AssessmentKind.DPIA_PRESCAN);
        assertThat(prescan.questions().stream().filter(q -> "ap-list".equals(q.rule()))).hasSize(17);
        assertThat(prescan.questions().stream().filter(q -> "edpb-criterion".equals(q.rule()))).hasSize(9);
        assertThat(prescan.questions().stream().filter(q -> "avg-35-3".equals(q.rule()))).hasSize(3);
    }

    @Test
    void aNewVersionInTheFolderBecomesTheLatestAndTheOldOneStaysAsItWas() throws Exception {
        var questionnaires = new Questionnaires(JSON, new PrivacySettings(100_000, directory, null));
        Questionnaire v1 = questionnaires.latest(AssessmentKind.BIO);
        String text = new String(getClass().getResourceAsStream("/privacy/questionnaires/bio-v1.json")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\"version\": 1", "\"version\": 2")
                .replace("\"id\": \"integriteit\"", "\"id\": \"integriteit-2\"");
        Files.writeString(directory.resolve("bio-v2.json"), text);
        assertThat(questionnaires.latest(AssessmentKind.BIO).version()).isEqualTo(2);
        assertThat(questionnaires.latest(AssessmentKind.BIO).question("integriteit")).isEmpty();
        assertThat(questionnaires.find("bio", 1)).contains(v1);
        assertThat(v1.question("integriteit")).isPresent();

        Files.writeString(directory.resolve("bio-v3.json"), text); // says version 2: skipped
        assertThat(questionnaires.latest(AssessmentKind.BIO).version()).isEqualTo(2);
        assertThatThrownBy(() -> Questionnaires.checked("bio-v3.json", JSON.readValue(text, Questionnaire.class)))
                .hasMessageContaining("file name");
    }

    @Test
    void aDpiaIsRequiredForOneListedKindOrCaseOfArticle35OrTwoCriteria() {
        Questionnaire prescan = new Questionnaires(JSON, new PrivacySettings(100_000, null, null))
                .latest(AssessmentKind.DPIA_PRESCAN);
        assertThat(PrescanOutcome.of(prescan, Map.of()).dpiaRequired()).isFalse();
        assertThat(PrescanOutcome.of(prescan, Map.of("ap-12", "yes")).dpiaRequired()).isTrue();
        assertThat(PrescanOutcome.of(prescan, Map.of("avg-b", "yes")).reasons()).containsExactly("avg-b");
        assertThat(PrescanOutcome.of(prescan, Map.of("edpb-4", "yes")).dpiaRequired()).isFalse();
        Map<String, String> two = new HashMap<>(Map.of("edpb-4", "yes", "edpb-7", "yes", "ap-01", "no"));
        PrescanOutcome outcome = PrescanOutcome.of(prescan, two);
        assertThat(outcome.dpiaRequired()).isTrue();
        assertThat(outcome.code()).isEqualTo(PrescanOutcome.REQUIRED);
        assertThat(outcome.reasons()).containsExactly("edpb-4", "edpb-7");
    }
}
