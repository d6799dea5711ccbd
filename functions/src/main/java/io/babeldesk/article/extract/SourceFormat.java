package io.babeldesk.article.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kind of document an upload is, told from its content first and its file name second. */
public enum SourceFormat {
    HTML, MARKDOWN, PLAIN_TEXT, JSON_ENVELOPE;

    private static final Pattern HTML_START = Pattern.compile("(?is)^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*"
            + "<(!doctype\\s+html|html|head|body)\\b");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)<(p|div|br|h[1-6]|body|head|title|meta|article"
            + "|section|span|a\\s+href|ul|li|table|script|link)\\b[^>]*>");
    private static final Pattern MARKDOWN_SIGN = Pattern.compile("(?m)^(#{1,6} \\S|> \\S|```)|\\[[^\\]]+\\]\\([^)]+\\)"
            + "|\\*\\*\\S[^*]*\\*\\*");

    /** Sniffs the format; a file name that lies (HTML in a .txt) loses to the content. */
    public static SourceFormat sniff(String text, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String head = text.substring(0, Math.min(text.length(), 8192)).stripLeading();
        if (head.startsWith("{")) {
            return JSON_ENVELOPE;
        }
        if (HTML_START.matcher(head).find()) {
            return HTML;
        }
        // Pages may open with a long inline style or script block: count tags further in.
        Matcher tags = HTML_TAG.matcher(text.substring(0, Math.min(text.length(), 65536)));
        int count = 0;
        while (tags.find() && count < 5) {
            count++;
        }
        if (count >= 3 || count >= 1 && head.startsWith("<")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return count > 0 ? HTML : PLAIN_TEXT;
        }
        Matcher md = MARKDOWN_SIGN.matcher(head);
        int signs = 0;
        while (md.find() && signs < 2) {
            signs++;
        }
        return signs >= 2 ? MARKDOWN : PLAIN_TEXT;
    }
}
