package io.babeldesk.article.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFormatTest {
    private static final String PARAGRAPH = "The city council approved the new cycling plan on Monday after a debate "
            + "that lasted more than four hours, and the first lanes will be painted in the spring.";

    private static String scrape(String... quoted) {
        List<String> lines = new ArrayList<>(List.of("Home", "News", "Council approves cycling plan"));
        for (String q : quoted) {
            lines.addAll(List.of(PARAGRAPH, PARAGRAPH, PARAGRAPH, q, PARAGRAPH, PARAGRAPH));
        }
        return String.join("\n\n", lines);
    }

    @Test
    void aScrapeThatQuotesATagHereAndThereIsPlainText() {
        String text = scrape("Wrap the text in a <p> tag and the picture in a <div class=\"figure\">.",
                "A line break is <br> and a link is <a href=\"https://example.org\">.", "Lists use <ul> and <li>.");
        assertEquals(SourceFormat.PLAIN_TEXT, SourceFormat.sniff(text, "page.txt"));
    }

    @Test
    void markupOnMostLinesIsHtmlEvenWithoutARootElement() {
        String text = "Council approves cycling plan\n<div class=\"story\">\n<p>" + PARAGRAPH + "</p>\n<p>" + PARAGRAPH
                + "</p>\n<p>" + PARAGRAPH + "</p>\n</div>";
        assertEquals(SourceFormat.HTML, SourceFormat.sniff(text, "page.txt"));
    }

    @Test
    void commentsOfACodeListingOrAQuotedMailAreNotMarkdown() {
        assertEquals(SourceFormat.PLAIN_TEXT, SourceFormat.sniff(scrape("# initialise the repository",
                "# stage all modified files", "# amend the last commit message"), "page.txt"));
        assertEquals(SourceFormat.PLAIN_TEXT, SourceFormat.sniff(scrape("> care to share the changes back?",
                "> just in case", "> cu"), "page.txt"));
        assertEquals(SourceFormat.PLAIN_TEXT, SourceFormat.sniff(scrape("**********************************",
                "**********************************"), "page.txt"));
    }

    @Test
    void headingsWithLinksOrBoldTextAreMarkdown() {
        String text = "# Harbour reopens after storm\n\nThe harbour **reopened** on Tuesday, [officials said]"
                + "(https://example.org/x).\n\n## What changed\n\n" + PARAGRAPH;
        assertEquals(SourceFormat.MARKDOWN, SourceFormat.sniff(text, "harbour.txt"));
    }
}
