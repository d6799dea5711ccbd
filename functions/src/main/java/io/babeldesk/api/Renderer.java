package io.babeldesk.api;

import io.babeldesk.article.Block;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * An article version as plain text or as an HTML fragment. Every text is escaped, and the result
 * is cleaned once more against a safelist: no script, event handler, javascript: URL or iframe
 * can reach a reader, whatever the source page or the model produced.
 */
final class Renderer {
    private static final Safelist SAFE = Safelist.none()
            .addTags("article", "header", "h1", "h2", "p", "blockquote", "ul", "li", "section", "aside")
            .addAttributes("article", "lang")
            .addAttributes(":all", "class");

    private Renderer() {
    }

    static String text(String title, List<Block> blocks, String summary) {
        StringBuilder sb = new StringBuilder();
        if (title != null) {
            sb.append(title).append("\n\n");
        }
        for (Block b : blocks) {
            sb.append(switch (b.type()) {
                case LIST_ITEM -> "- " + b.text();
                case QUOTE -> "> " + b.text();
                default -> b.text();
            }).append("\n\n");
        }
        if (summary != null) {
            sb.append("Summary: ").append(summary).append('\n');
        }
        return sb.toString();
    }

    static String html(String language, String title, List<Block> blocks, String summary) {
        StringBuilder sb = new StringBuilder("<article lang=\"").append(escape(language)).append("\">");
        if (title != null) {
            sb.append("<h1>").append(escape(title)).append("</h1>");
        }
        boolean inList = false;
        for (Block b : blocks) {
            if (b.type() == io.babeldesk.article.BlockType.LIST_ITEM && !inList) {
                sb.append("<ul>");
                inList = true;
            } else if (b.type() != io.babeldesk.article.BlockType.LIST_ITEM && inList) {
                sb.append("</ul>");
                inList = false;
            }
            String text = escape(b.text());
            sb.append(switch (b.type()) {
                case HEADING -> "<h2>" + text + "</h2>";
                case QUOTE -> "<blockquote>" + text + "</blockquote>";
                case LIST_ITEM -> "<li>" + text + "</li>";
                case PARAGRAPH -> "<p>" + text + "</p>";
            });
        }
        if (inList) {
            sb.append("</ul>");
        }
        if (summary != null) {
            sb.append("<aside class=\"summary\"><p>").append(escape(summary)).append("</p></aside>");
        }
        sb.append("</article>");
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(sb.toString(), "", SAFE, out);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
