package io.babeldesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatExtractionTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
            <meta charset="utf-8">
            <title>Port workers end strike after pay deal | Harbour Herald</title>
            <meta property="og:site_name" content="Harbour Herald">
            <meta property="article:published_time" content="2024-02-05T09:30:00+00:00">
            <meta name="author" content="Maria Lopez">
            <link rel="canonical" href="https://herald.example/news/port-strike-ends">
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
            <main><article class="article">
              <h1>Port workers end strike after pay deal</h1>
              <p class="byline">By Maria Lopez</p>
              <div class="article-body">
                <p>Dock workers at the city's container port returned to work on Monday after unions accepted a \
            pay offer that ends a three-week strike.</p>
                <p>The deal raises wages by seven percent this year and another four percent next year, the union \
            said in a statement, adding that members had voted by a large majority to accept it.</p>
                <h2>Backlog of ships</h2>
                <p>More than forty ships were waiting outside the harbour at the height of the dispute, and \
            shipping companies warned that clearing the backlog could take weeks.</p>
                <blockquote><p>We are relieved that the port is moving again, and we thank our customers for \
            their patience.</p></blockquote>
                <ul><li>Seven percent rise this year for all dock workers</li>\
            <li>Four percent rise next year under the same agreement</li></ul>
                <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Rail strike called off \
            after talks</a></li><li><a href="/b">Airport staff vote on new contract</a></li></ul></div>
              </div>
            </article></main>
            <aside class="sidebar"><h3>Most read</h3><p>Ten things to do this weekend in the old town</p></aside>
            <section id="comments" class="comments-area"><h3>3 comments</h3><p>John: This strike cost us a \
            fortune and nobody in government cared at all about small businesses.</p></section>
            <footer>© 2024 Harbour Herald. All rights reserved.</footer>
            </body></html>
            """;

    private final ArticleExtractor extractor = ExtractionFixtures.extractor();

    @Test
    void htmlPageGivesArticleBlocksAndMetadataWithoutFurniture() {
        ExtractedArticle a = extractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), "port.html");

        assertEquals("Port workers end strike after pay deal", a.title());
        assertEquals("Maria Lopez", a.byline());
        assertEquals("2024-02-05T09:30Z", a.publishedAt());
        assertEquals("Harbour Herald", a.siteName());
        assertEquals("https://herald.example/news/port-strike-ends", a.url());
        assertEquals("en-gb", a.declaredLanguage());
        assertEquals(Language.EN, a.language());
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH,
                BlockType.QUOTE, BlockType.LIST_ITEM, BlockType.LIST_ITEM), a.blocks().stream().map(Block::type).toList(),
                a.blocks().toString());
        String body = a.cleanText();
        for (String furniture : List.of("Home", "cookies", "By Maria Lopez", "Share on Facebook", "Rail strike",
                "Ten things", "This strike cost us", "All rights reserved")) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void textFileThatHoldsHtmlIsReadAsHtml() {
        ExtractedArticle a = extractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), "port.txt");
        assertEquals("Port workers end strike after pay deal", a.title());
        assertFalse(a.cleanText().contains("<p>"));
        assertFalse(a.cleanText().contains("This strike cost us"));
    }

    @Test
    void structuredDataDateAndPublisherAreRead() {
        String page = """
                <html><head><title>Budget passed</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                 "headline":"Parliament passes the budget","datePublished":"2024-03-01",
                 "author":{"@type":"Person","name":"Ivan Petrov"},
                 "publisher":{"@type":"Organization","name":"Capital News"}}</script></head>
                <body><div><p>Parliament passed next year's budget on Friday by a narrow margin after two days of \
                debate, with the opposition voting against it.</p><p>The finance minister said the budget would \
                cut the deficit while protecting spending on schools and hospitals across the country.</p></div>
                </body></html>""";
        ExtractedArticle a = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "b.html");
        assertEquals("Parliament passes the budget", a.title());
        assertEquals("2024-03-01", a.publishedAt());
        assertEquals("Ivan Petrov", a.byline());
        assertEquals("Capital News", a.siteName());
    }

    @Test
    void markdownGivesTypedBlocksWithInlineMarkupStripped() {
        String md = """
                # Harbour reopens after storm

                The harbour **reopened** on _Tuesday_ after the storm, [officials said](https://example.org/x), \
                and the first ferries left on time with all passengers aboard.

                ## What changed

                > The damage was smaller than we feared, and repairs went quickly.

                - Ferries run on the normal timetable again
                * Cargo traffic resumes on Thursday morning
                1. The fish market opens next week as planned
                """;
        ExtractedArticle a = extractor.extract(md.getBytes(StandardCharsets.UTF_8), "harbour.md");
        assertEquals("Harbour reopens after storm", a.title());
        assertEquals(List.of(new Block(BlockType.PARAGRAPH, "The harbour reopened on Tuesday after the storm, officials "
                        + "said, and the first ferries left on time with all passengers aboard."),
                new Block(BlockType.HEADING, "What changed"),
                new Block(BlockType.QUOTE, "The damage was smaller than we feared, and repairs went quickly."),
                new Block(BlockType.LIST_ITEM, "Ferries run on the normal timetable again"),
                new Block(BlockType.LIST_ITEM, "Cargo traffic resumes on Thursday morning"),
                new Block(BlockType.LIST_ITEM, "The fish market opens next week as planned")), a.blocks());
    }

    @Test
    void jsonEnvelopeWithPlainBodyKeepsItsFields() {
        String json = """
                {"id": "art-42", "title": "Bridge opens to traffic", "language": "en", "publishedAt": "2024-04-02",
                 "url": "https://example.org/bridge", "byline": "Sam Reed",
                 "body": "The new bridge over the river opened to traffic on Tuesday, two months ahead of schedule.\\n\\nAbout twenty thousand cars a day are expected to use it, the city's transport office said."}""";
        ExtractedArticle a = extractor.extract(json.getBytes(StandardCharsets.UTF_8), "bridge.json");
        assertEquals("art-42", a.envelopeId());
        assertEquals("Bridge opens to traffic", a.title());
        assertEquals("2024-04-02", a.publishedAt());
        assertEquals("Sam Reed", a.byline());
        assertEquals("https://example.org/bridge", a.url());
        assertEquals("en", a.declaredLanguage());
        assertEquals(2, a.blocks().size());
        assertEquals(Language.EN, a.language());
    }

    @Test
    void jsonEnvelopeWithHtmlBodyIsCutIntoBlocks() {
        String json = """
                {"title": "Bridge opens", "body": "<p>The new bridge over the river opened to traffic on Tuesday, \
                two months ahead of schedule.</p><h2>Traffic</h2><p>About twenty thousand cars a day are expected \
                to use it, the city&#39;s transport office said.</p>"}""";
        ExtractedArticle a = extractor.extract(json.getBytes(StandardCharsets.UTF_8), "bridge.json");
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH),
                a.blocks().stream().map(Block::type).toList());
        assertTrue(a.blocks().get(2).text().contains("city's transport office"));
        assertNull(a.envelopeId());
    }

    @Test
    void nonBreakingSpacesAreNormalised() {
        String text = "Title\u00a0with\u00a0spaces here\n\nThe\u00a0council met on\u202fMonday and  agreed the new "
                + "plan for the\u00a0harbour after a long debate that lasted until late evening.";
        ExtractedArticle a = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals("Title with spaces here", a.title());
        assertTrue(a.blocks().get(0).text().startsWith("The council met on Monday and agreed"));
    }
}
