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
            + "|\\*\\*[^*\\s][^*]*\\*\\*");
    /** One line in this many at least carries a tag in a page of HTML without a doctype or root element. */
    private static final int TAGGED_SHARE = 5;

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
        String window = text.substring(0, Math.min(text.length(), 65536));
        Matcher tags = HTML_TAG.matcher(window);
        int count = 0;
        int taggedLines = 0;
        int line = 0;
        int lastTaggedLine = -1;
        for (int from = 0; tags.find(); from = tags.start()) {
            count++;
            for (int i = from; i < tags.start(); i++) {
                line += window.charAt(i) == '\n' ? 1 : 0;
            }
            if (line != lastTaggedLine) {
                taggedLines++;
                lastTaggedLine = line;
            }
        }
        // a page's markup is on most of its lines; a scrape of an article about markup quotes a tag here and there
        if (count >= 3 && taggedLines * TAGGED_SHARE >= nonEmptyLines(window) || count >= 1 && head.startsWith("<")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return count > 0 ? HTML : PLAIN_TEXT;
        }
        // two kinds of mark at least: "# " or "> " alone starts the comments of a code listing or a quoted mail
        Matcher md = MARKDOWN_SIGN.matcher(head);
        java.util.Set<Character> kinds = new java.util.HashSet<>();
        while (md.find() && kinds.size() < 2) {
            String sign = md.group();
            kinds.add(sign.startsWith("```") ? '`' : sign.charAt(0));
        }
        return kinds.size() >= 2 ? MARKDOWN : PLAIN_TEXT;
    }

    private static int nonEmptyLines(String text) {
        int lines = 0;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += blank ? 0 : 1;
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return lines + (blank ? 0 : 1);
    }
}
