// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import nl.datakraam.lib.messages.MessageTemplate;
import nl.datakraam.support.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every {@link PrivacyCode} has a Dutch and an English text that uses only the facts its messages carry. */
class PrivacyCodeTest {

    @Test
    void everyCodeHasADutchAndAnEnglishTextWithItsOwnFacts() {
        for (String bundle : new String[] {"/messages.properties", "/messages_en.properties"}) {
            Properties texts = MessageBundles.properties(bundle);
            for (PrivacyCode code : PrivacyCode.values()) {
                String text = texts.getProperty("issue." + code.key());
                assertThat(text).as(bundle + " issue." + code.key()).isNotBlank();
                assertThat(MessageTemplate.argumentNames(text)).as(bundle + " " + code.key())
                        .isSubsetOf(Set.copyOf(MessageTemplate.argumentNames(code.englishTemplate())));
            }
        }
    }
}
