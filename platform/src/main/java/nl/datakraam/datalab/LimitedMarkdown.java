// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the text of a dashboard's text item: plain text with a small part of Markdown — paragraphs (blank lines),
 * lists (lines starting with {@code - } or {@code * }), {@code **bold**}, {@code *emphasis*} and links
 * {@code [text](https://…)} (http and https only). Everything is HTML-escaped first, so no HTML in the text survives
 * as markup: {@code <script>} shows as the characters {@code <script>}. Pure, thread-safe.
 */
public final class LimitedMarkdown {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*?)\\*(?![*\\w])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^\\s()\"'<>]+)\\)");
    private static final Pattern ITEM = Pattern.compile("^\\s*[-*]\\s+(.*)$");

    private LimitedMarkdown() {
    }

    /** The text as HTML: {@code <p>} and {@code <ul>} blocks with {@code <strong>}, {@code <em>}, {@code <a>}. */
    public static String html(String text) {
        var html = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            List<String> lines = List.of(block.split("\n"));
            if (!lines.isEmpty() && lines.stream().allMatch(line -> ITEM.matcher(line).matches())) {
                html.append("<ul>");
                for (String line : lines) {
                    Matcher item = ITEM.matcher(line);
                    item.matches();
                    html.append("<li>").append(inline(item.group(1))).append("</li>");
                }
                html.append("</ul>");
            } else if (!block.isBlank()) {
                List<String> rendered = new ArrayList<>();
                lines.forEach(line -> rendered.add(inline(line.strip())));
                html.append("<p>").append(String.join("<br>", rendered)).append("</p>");
            }
        }
        return html.toString();
    }

    private static String inline(String raw) {
        // escape first: the patterns below only ever add our own tags around escaped text
        String text = HtmlUtils.htmlEscape(raw, "UTF-8");
        text = LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement("<a href=\"" + match.group(2)
                + "\" rel=\"nofollow noopener\">" + match.group(1) + "</a>"));
        text = BOLD.matcher(text).replaceAll("<strong>$1</strong>");
        return EMPHASIS.matcher(text).replaceAll("<em>$1</em>");
    }
}
