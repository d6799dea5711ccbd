package io.babeldesk.article.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private static List<Block> blocks(String markdown) {
        return MarkdownReader.paragraphs(markdown);
    }

    private static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text);
    }

    private static Block item(String text) {
        return new Block(BlockType.LIST_ITEM, text);
    }

    @Test
    void nestedListItemsBecomeListItemBlocks() {
        String md = """
                The council agreed three measures:

                - New bus lanes on the ring road
                  - two of them open in May
                  - the third one in autumn
                - Cheaper tickets for students
                  1. from September
                  2. for two years at first
                """;
        assertEquals(List.of(paragraph("The council agreed three measures:"),
                item("New bus lanes on the ring road"), item("two of them open in May"),
                item("the third one in autumn"), item("Cheaper tickets for students"), item("from September"),
                item("for two years at first")), blocks(md));
    }

    @Test
    void looseListItemKeepsEachParagraphAsListItem() {
        String md = """
                * The first point has a long explanation.

                  It goes on in a second paragraph.

                * The second point is short.
                """;
        assertEquals(List.of(item("The first point has a long explanation."),
                item("It goes on in a second paragraph."), item("The second point is short.")), blocks(md));
    }

    @Test
    void linkTextIsKeptAndUrlDropped() {
        String md = """
                The minister [said on Monday](https://example.org/statement "Statement") that the \
                [report][1] was accurate; details at <https://example.org/report>.

                [1]: https://example.org/report.pdf
                """;
        assertEquals(List.of(paragraph("The minister said on Monday that the report was accurate; details at "
                + "https://example.org/report.")), blocks(md));
    }

    @Test
    void emphasisMarkersDoNotReachTheText() {
        String md = "The **harbour** reopened on _Tuesday_, *earlier* than __planned__, with `ferry_2` "
                + "and ***all*** snake_case_names intact at 5 * 3 metres.";
        assertEquals(List.of(paragraph("The harbour reopened on Tuesday, earlier than planned, with ferry_2 "
                + "and all snake_case_names intact at 5 * 3 metres.")), blocks(md));
    }

    @Test
    void blockQuoteBecomesQuoteBlock() {
        String md = """
                The mayor spoke after the vote.

                > We waited ten years for this bridge,
                > and now it is finally here.
                >
                > It will change the city.

                The work starts in June.
                """;
        assertEquals(List.of(paragraph("The mayor spoke after the vote."),
                new Block(BlockType.QUOTE, "We waited ten years for this bridge, and now it is finally here."),
                new Block(BlockType.QUOTE, "It will change the city."),
                paragraph("The work starts in June.")), blocks(md));
    }

    @Test
    void listInsideQuoteIsListItemsAsInHtml() {
        String md = """
                > The statement listed:
                > - higher wages
                """;
        assertEquals(List.of(new Block(BlockType.QUOTE, "The statement listed:"), item("higher wages")), blocks(md));
    }

    @Test
    void headingsOfBothStylesBecomeHeadingBlocks() {
        String md = """
                ## What changed ##

                Background
                ----------

                Text under it.
                """;
        assertEquals(List.of(new Block(BlockType.HEADING, "What changed"), new Block(BlockType.HEADING, "Background"),
                paragraph("Text under it.")), blocks(md));
    }

    @Test
    void codeBlocksStayAsParagraphText() {
        String md = """
                Results by district:

                ```
                North   52%
                South   48%
                ```

                    An indented paragraph pasted from a word processor.

                    Its second paragraph.
                """;
        assertEquals(List.of(paragraph("Results by district:"), paragraph("North 52% South 48%"),
                paragraph("An indented paragraph pasted from a word processor."), paragraph("Its second paragraph.")),
                blocks(md));
    }

    @Test
    void rawHtmlShowsItsTextNotTagsOrScripts() {
        String md = """
                <div class="note">Updated at <b>noon</b>.</div>

                <script>track('x')</script>

                A line with <em>inline</em> tags and an ![chart](chart.png) image.
                """;
        assertEquals(List.of(paragraph("Updated at noon."), paragraph("A line with inline tags and an image.")),
                blocks(md));
    }

    @Test
    void thematicBreaksAndEntitiesAreRead() {
        assertEquals(List.of(paragraph("Salt & pepper"), paragraph("Next part")),
                blocks("Salt &amp; pepper\n\n***\n\nNext part\n"));
    }

    @Test
    void leadingHeadingBecomesTitleAndBylineIsRead() {
        ArticleDraft d = MarkdownReader.read("""
                # Harbour reopens after storm

                By Maria Lopez

                The harbour reopened on Tuesday after the storm, officials said.
                """, List.of());
        assertEquals("Harbour reopens after storm", d.title());
        assertEquals("Maria Lopez", d.byline());
        assertEquals(List.of(paragraph("The harbour reopened on Tuesday after the storm, officials said.")),
                d.blocks());
    }

    @Test
    void frontMatterGivesTitleAuthorAndDateAndIsNotBodyText() {
        ArticleDraft d = MarkdownReader.read("""
                ---
                title: "Bridge opens to *traffic* &amp; trams"
                author: Sam Reed
                date: 2024-04-02
                tags:
                  - transport
                ---

                The new bridge over the river opened to traffic on Tuesday, two months ahead of schedule.
                """, List.of());
        assertEquals("Bridge opens to traffic & trams", d.title());
        assertEquals("Sam Reed", d.byline());
        assertEquals("2024-04-02", d.publishedAt());
        assertEquals(List.of(paragraph("The new bridge over the river opened to traffic on Tuesday, two months "
                + "ahead of schedule.")), d.blocks());
    }

    @Test
    void frontMatterTitleRepeatedAsHeadingIsNotBodyText() {
        ArticleDraft d = MarkdownReader.read("---\r\ntitle: Bridge opens\r\n---\r\n# Bridge opens\r\n\r\nThe new bridge "
                + "opened to traffic on Tuesday.\r\n", List.of());
        assertEquals("Bridge opens", d.title());
        assertEquals(List.of(paragraph("The new bridge opened to traffic on Tuesday.")), d.blocks());
    }

    @Test
    void documentOpeningWithThematicBreakKeepsItsText() {
        ArticleDraft d = MarkdownReader.read("""
                ---
                The first paragraph follows a rule.

                ---
                The second one too.
                """, List.of());
        assertNull(d.title());
        assertEquals(List.of(paragraph("The first paragraph follows a rule."), paragraph("The second one too.")),
                d.blocks());
    }

    @Test
    void inlineTextIsNotReadAsBlocks() {
        assertEquals("2024. A year in *review*".replace("*", ""), MarkdownReader.inline("2024. A year in *review*"));
        assertEquals("# 1 in the charts", MarkdownReader.inline("# 1 in the [charts](https://x.example)"));
    }

    @Test
    void deeplyNestedQuotesAndListsAreReadWithoutOverflow() {
        // The parser stops nesting at some depth and keeps the rest as text: what matters is an answer.
        List<Block> quoted = blocks(">".repeat(20_000) + " deep text");
        assertEquals(BlockType.QUOTE, quoted.get(0).type());
        assertTrue(quoted.get(quoted.size() - 1).text().endsWith("deep text"));
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        List<Block> listed = blocks(list.toString());
        assertEquals(item("level 0"), listed.get(0));
        assertTrue(listed.get(listed.size() - 1).text().endsWith("level 999"));
    }
}
