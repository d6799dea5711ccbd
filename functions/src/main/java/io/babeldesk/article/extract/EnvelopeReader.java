package io.babeldesk.article.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Block;
import io.babeldesk.article.IngestRefusal;
import io.babeldesk.article.RefusalCode;
import io.babeldesk.config.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the JSON envelope {@code {id?, title, body, language?, publishedAt?, url?, byline?}}; the body may be HTML. */
public final class EnvelopeReader {
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(p|div|br|h[1-6]|ul|ol|li|blockquote|span|a|em"
            + "|strong|b|i|article|section|figure|table)\\b[^>]*>");

    private EnvelopeReader() {
    }

    /** Parses the JSON, or returns null when the text is not a JSON object at all. */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Reads an envelope already parsed; refuses one without a text body. */
    public static ArticleDraft read(JsonNode node, List<String> warnings) {
        JsonNode bodyNode = node.get("body");
        if (bodyNode == null || !bodyNode.isTextual()) {
            throw new IngestRefusal(RefusalCode.MALFORMED_ENVELOPE, "the JSON envelope has no text \"body\"");
        }
        String body = bodyNode.asText();
        List<Block> blocks;
        if (HTML_TAG.matcher(body).find()) {
            blocks = HtmlArticleReader.blocksOfFragment(body);
        } else {
            blocks = new ArrayList<>();
            for (Block b : MarkdownReader.paragraphs(body)) {
                if (Whitespace.wordCount(b.text()) > 25 || Boilerplate.classify(b.text()) == Boilerplate.Kind.NONE) {
                    blocks.add(b);
                }
            }
        }
        List<String> notes = new ArrayList<>(warnings);
        String rawDate = text(node, "publishedAt");
        String published = PublicationDates.normalise(rawDate);
        if (rawDate != null && published == null) {
            notes.add("publishedAt \"" + rawDate + "\" is not a date and was ignored");
        }
        String title = text(node, "title");
        return new ArticleDraft(title == null ? null : MarkdownReader.inline(title), text(node, "byline"), published,
                text(node, "siteName"), text(node, "url"), text(node, "language"), text(node, "id"), blocks, notes);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = Whitespace.normalise(v.asText());
        return s.isEmpty() ? null : s;
    }
}
