package io.babeldesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns the bytes of an uploaded file into an article's title, blocks and metadata. */
public final class ArticleExtractor {
    /** Uploads larger than this are refused unread. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(must read|more articles|latest article|leave a reply|please enter your (comment|name) ?(here)?!?"
                    + "|\\d+(\\.\\d+)?\\s*°?\\s*[CF]|(monday|tuesday|wednesday|thursday|friday|saturday|sunday), .+ \\d{4})$");

    private final LanguageDetector languageDetector;

    public ArticleExtractor(LanguageDetector languageDetector) {
        this.languageDetector = languageDetector;
    }

    public ExtractedArticle extract(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new IngestRefusal(RefusalCode.EMPTY_FILE, "the file is empty");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\u00a0', ' ');
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        String title;
        List<Block> blocks = new ArrayList<>();
        String envelopeId = null;
        String publishedAt = null;
        if (name.endsWith(".json")) {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(text);
            } catch (Exception e) {
                throw new IngestRefusal(RefusalCode.MALFORMED_ENVELOPE, "the JSON envelope is not valid JSON");
            }
            title = node.path("title").asText(null);
            envelopeId = node.path("id").asText(null);
            publishedAt = node.path("publishedAt").asText(null);
            for (String para : BLANK_LINES.split(node.path("body").asText(""))) {
                if (!para.isBlank()) {
                    blocks.add(Block.paragraph(para.strip()));
                }
            }
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            Document doc = Jsoup.parse(text);
            title = doc.title();
            for (Element p : doc.select("p, h2, h3, blockquote, li")) {
                if (!p.text().isBlank()) {
                    blocks.add(Block.paragraph(p.text().strip()));
                }
            }
        } else {
            List<String> paras = new ArrayList<>();
            for (String para : BLANK_LINES.split(text)) {
                String p = para.strip().replaceAll("\\s+", " ");
                if (!p.isEmpty() && !BOILERPLATE.matcher(p).matches()) {
                    paras.add(p);
                }
            }
            title = null;
            for (String p : paras) {
                boolean sentence = p.endsWith(".") || p.endsWith("”") || p.endsWith("\"");
                if (title == null && p.split(" ").length >= 5 && !sentence) {
                    title = p;
                } else if (title != null && sentence && p.split(" ").length >= 8 && !p.contains("platform")) {
                    blocks.add(Block.paragraph(p));
                }
            }
        }
        if (blocks.isEmpty()) {
            throw new IngestRefusal(RefusalCode.TOO_LITTLE_TEXT, "no article text was found");
        }
        ExtractedArticle draft = new ExtractedArticle(title, null, publishedAt, null, null, null, null, 0,
                envelopeId, blocks, List.of());
        LanguageDetection detection = languageDetector.detect(draft.cleanText());
        if (!detection.detected()) {
            throw new IngestRefusal(RefusalCode.UNSUPPORTED_LANGUAGE, "the article's language could not be told");
        }
        return new ExtractedArticle(title, null, publishedAt, null, null, null, detection.language(),
                detection.confidence(), envelopeId, blocks, List.of());
    }
}
