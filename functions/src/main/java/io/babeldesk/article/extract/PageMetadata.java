package io.babeldesk.article.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head and structured data: Open Graph, article meta tags,
 * JSON-LD (schema.org NewsArticle and kin), canonical link and declared language.
 */
public record PageMetadata(
        String title,
        String headline,
        String byline,
        String publishedAt,
        String siteName,
        String url,
        String declaredLanguage,
        String structuredBody) {

    private static final int MAX_JSON_LD_NODES = 20_000;

    /** Reads the metadata of a parsed page; never fails on malformed structured data. */
    public static PageMetadata of(Document doc) {
        JsonLd ld = JsonLd.read(doc);
        String title = Whitespace.normalise(doc.title());
        String headline = firstNonBlank(meta(doc, "og:title"), ld.headline, meta(doc, "twitter:title"));
        String byline = firstNonBlank(ld.author, meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "sailthru.author"), meta(doc, "parsely-author"), meta(doc, "dc.creator"));
        if (byline != null && (byline.startsWith("http") || byline.length() > 120)) {
            byline = null;
        }
        if (byline == null) {
            Element el = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
                    + ".byline, .author-name, .article-author, .author");
            if (el != null) {
                String text = Whitespace.normalise(el.text());
                if (!text.isEmpty() && text.length() <= 100) {
                    byline = Boilerplate.bylineName(text);
                }
            }
        }
        String published = firstNonBlank(
                PublicationDates.normalise(ld.datePublished),
                PublicationDates.normalise(meta(doc, "article:published_time")),
                PublicationDates.normalise(meta(doc, "og:article:published_time")),
                PublicationDates.normalise(meta(doc, "datePublished")),
                PublicationDates.normalise(meta(doc, "pubdate")),
                PublicationDates.normalise(meta(doc, "publishdate")),
                PublicationDates.normalise(meta(doc, "publish-date")),
                PublicationDates.normalise(meta(doc, "date")),
                PublicationDates.normalise(meta(doc, "dc.date")),
                PublicationDates.normalise(meta(doc, "dc.date.issued")),
                PublicationDates.normalise(meta(doc, "dcterms.date")),
                PublicationDates.normalise(meta(doc, "sailthru.date")),
                PublicationDates.normalise(meta(doc, "parsely-pub-date")),
                PublicationDates.normalise(ld.dateCreated),
                timeElementDate(doc));
        String siteName = firstNonBlank(meta(doc, "og:site_name"), ld.publisher, meta(doc, "application-name"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = firstNonBlank(canonical == null ? null : canonical.attr("abs:href").isEmpty()
                ? canonical.attr("href") : canonical.attr("abs:href"), meta(doc, "og:url"), ld.url);
        Element html = doc.selectFirst("html");
        String lang = firstNonBlank(html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"), httpEquiv(doc, "content-language"),
                ld.inLanguage, meta(doc, "og:locale"));
        if (lang != null) {
            lang = lang.replace('_', '-').toLowerCase(Locale.ROOT);
        }
        return new PageMetadata(title.isEmpty() ? null : title, headline, byline, published, siteName, url, lang,
                ld.articleBody);
    }

    private static String timeElementDate(Document doc) {
        Element el = doc.selectFirst("[itemprop=datePublished]");
        if (el != null) {
            String d = firstNonBlank(PublicationDates.normalise(el.attr("content")),
                    PublicationDates.normalise(el.attr("datetime")), PublicationDates.findIn(el.text()));
            if (d != null) {
                return d;
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            String d = PublicationDates.normalise(time.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) {
                String v = Whitespace.normalise(m.attr("content"));
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element m : doc.select("meta[http-equiv][content]")) {
            if (m.attr("http-equiv").equalsIgnoreCase(key)) {
                return Whitespace.normalise(m.attr("content"));
            }
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The article fields found in a page's JSON-LD blocks. */
    private static final class JsonLd {
        String headline;
        String author;
        String datePublished;
        String dateCreated;
        String publisher;
        String url;
        String inLanguage;
        String articleBody;

        static JsonLd read(Document doc) {
            JsonLd found = new JsonLd();
            for (Element script : doc.select("script[type=application/ld+json]")) {
                JsonNode root;
                try {
                    root = Json.MAPPER.readTree(script.data());
                } catch (Exception e) {
                    continue; // sites ship broken JSON-LD; the rest of the page still counts
                }
                found.collect(root);
            }
            return found;
        }

        // Walks the JSON tree with an explicit stack: structured data can nest deeply.
        private void collect(JsonNode root) {
            Deque<JsonNode> stack = new ArrayDeque<>();
            List<JsonNode> articles = new ArrayList<>();
            stack.push(root);
            int seen = 0;
            while (!stack.isEmpty() && seen++ < MAX_JSON_LD_NODES) {
                JsonNode node = stack.pop();
                if (node.isArray()) {
                    node.forEach(stack::push);
                } else if (node.isObject()) {
                    if (isArticle(node)) {
                        articles.add(node);
                    }
                    node.properties().forEach(e -> {
                        if (e.getValue().isContainerNode() && !e.getKey().equals("author")
                                && !e.getKey().equals("publisher")) {
                            stack.push(e.getValue());
                        }
                    });
                }
            }
            for (JsonNode a : articles) {
                headline = firstNonBlank(headline, text(a.get("headline")), text(a.get("name")));
                author = firstNonBlank(author, name(a.get("author")));
                datePublished = firstNonBlank(datePublished, text(a.get("datePublished")));
                dateCreated = firstNonBlank(dateCreated, text(a.get("dateCreated")));
                publisher = firstNonBlank(publisher, name(a.get("publisher")));
                url = firstNonBlank(url, text(a.get("url")));
                inLanguage = firstNonBlank(inLanguage, text(a.get("inLanguage")));
                String body = text(a.get("articleBody"));
                if (body != null && (articleBody == null || body.length() > articleBody.length())) {
                    articleBody = body;
                }
            }
        }

        private static boolean isArticle(JsonNode node) {
            JsonNode type = node.get("@type");
            String types = type == null ? "" : type.toString().toLowerCase(Locale.ROOT);
            return types.contains("article") || types.contains("posting") || types.contains("report")
                    || node.has("articleBody");
        }

        private static String text(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isArray()) {
                return n.isEmpty() ? null : text(n.get(0));
            }
            if (n.isObject()) {
                return text(n.get("@id"));
            }
            String s = n.asText();
            return s.isBlank() ? null : s.strip();
        }

        private static String name(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isTextual()) {
                return Whitespace.normalise(n.asText());
            }
            if (n.isArray()) {
                List<String> names = new ArrayList<>();
                for (JsonNode item : n) {
                    String one = item.isObject() ? (item.get("name") == null ? null : item.get("name").asText())
                            : item.asText();
                    if (one != null && !one.isBlank()) {
                        names.add(Whitespace.normalise(one));
                    }
                }
                return names.isEmpty() ? null : String.join(", ", names);
            }
            JsonNode name = n.get("name");
            return name == null || !name.isValueNode() ? null : Whitespace.normalise(name.asText());
        }
    }
}
