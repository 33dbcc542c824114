// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Dutch and English interface texts have the same keys, so neither language shows a raw key. */
class MessagesInSyncTest {

    @Test
    void dutchAndEnglishMessagesHaveTheSameKeys() throws IOException {
        Set<String> dutch = keys("/messages.properties");
        Set<String> english = keys("/messages_en.properties");

        assertThat(english).as("keys missing in messages_en.properties").containsAll(dutch);
        assertThat(dutch).as("keys missing in messages.properties").containsAll(english);
    }

    private static Set<String> keys(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesInSyncTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
