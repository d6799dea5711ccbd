package io.babeldesk.article.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter that static-site and CMS exports put before a Markdown article
 * ({@code ---}, {@code title: …}, {@code ---}): its title, author and date, and the body after it.
 */
record FrontMatter(String title, String author, String date, String body) {
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:(?:\\s+(.*?))?\\s*$");
    // Continuation lines of a YAML value, list entries and comments.
    private static final Pattern OTHER_YAML = Pattern.compile("^(?:\\s+\\S.*|-\\s.*|-|#.*)$");
    private static final int MAX_LINES = 100;

    /**
     * Splits front matter off the text. Only a block opened by {@code ---} on the first line, closed by
     * {@code ---} or {@code ...}, and made only of YAML fields counts: a document that merely opens with
     * a thematic break keeps its text.
     */
    static FrontMatter split(String text) {
        FrontMatter none = new FrontMatter(null, null, null, text);
        int end = lineEnd(text, 0);
        if (!text.substring(0, end).strip().equals("---")) {
            return none;
        }
        String title = null;
        String author = null;
        String date = null;
        boolean anyField = false;
        for (int n = 0, start = next(text, end); n < MAX_LINES && start < text.length(); n++, start = next(text, end)) {
            end = lineEnd(text, start);
            String line = text.substring(start, end);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return anyField ? new FrontMatter(title, author, date, text.substring(next(text, end))) : none;
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                anyField = true;
                String value = scalar(field.group(2));
                switch (field.group(1).toLowerCase(Locale.ROOT)) {
                    case "title" -> title = value;
                    case "author", "byline" -> author = value;
                    case "date", "published", "publishdate", "published_at", "publishedat" ->
                            date = value == null ? null : PublicationDates.normalise(value);
                    default -> { }
                }
            } else if (!line.isBlank() && !OTHER_YAML.matcher(line).matches()) {
                return none;
            }
        }
        return none;
    }

    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Where the line after the one ending at end starts. */
    private static int next(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
            return end < text.length() && text.charAt(end) == '\n' ? end + 1 : end;
        }
        return Math.min(text.length(), end + 1);
    }

    /** A one-line YAML value without its quotes, or null when it is empty or a nested value follows. */
    private static String scalar(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String v = raw;
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        v = Whitespace.normalise(v);
        return v.isEmpty() ? null : v;
    }
}
