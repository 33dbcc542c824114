// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The platform's message bundles outside Spring, as the application reads them, for plain unit tests. */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** {@code messages*.properties} as the application's MessageSource: UTF-8, Dutch when no bundle matches. */
    public static ResourceBundleMessageSource source() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /**
     * One bundle file's keys and texts.
     *
     * @param resource e.g. {@code /messages_en.properties}
     * @throws UncheckedIOException when it cannot be read; IllegalStateException when it is missing
     */
    public static Properties properties(String resource) {
        var properties = new Properties();
        try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
