package io.babeldesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.extract.Boilerplate;
import io.babeldesk.article.extract.PublicationDates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page layouts that put the article's parts where a container search alone would miss or mix them. */
class HtmlPageStructureTest {
    private static final String PARAGRAPHS = """
            <p>The regional council approved the new bus network on Tuesday, after two years of consultations \
            with residents, schools and the companies that run the current lines.</p>
            <p>Buses will run every ten minutes on the four main corridors from the spring, and night services \
            will be extended to the villages north of the river, the council said.</p>
            <p>Opposition members criticised the cost of the plan, which they said would require higher fares \
            within three years, but the vote passed with a clear majority.</p>
            """;

    private final ArticleExtractor extractor = ExtractionFixtures.extractor();

    private ExtractedArticle extract(String body) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Council approves new bus network | Gazette"
                + "</title></head><body>" + body + "</body></html>";
        return extractor.extractText(page.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void standfirstBetweenHeadlineAndBodyOpensTheArticle() {
        ExtractedArticle a = extract("""
                <header class="article-header"><h1>Council approves new bus network</h1>
                <h2 class="article-subheadline">Buses every ten minutes on the main corridors from the spring, \
                and night lines to the northern villages.</h2></header>
                <div class="article-body">""" + PARAGRAPHS + "</div>");
        assertTrue(a.blocks().get(0).text().startsWith("Buses every ten minutes"), a.blocks().toString());
        assertEquals(BlockType.PARAGRAPH, a.blocks().get(0).type());
        assertEquals(4, a.blocks().size(), a.blocks().toString());
    }

    @Test
    void captionsCreditsAndAuthorBoxesAreLeftOut() {
        ExtractedArticle a = extract("""
                <h1>Council approves new bus network</h1><div class="entry-content">""" + PARAGRAPHS + """
                <div class="wp-caption"><img src="bus.jpg"><p class="wp-caption-text">A bus at the central \
                station on Monday morning.</p></div>
                <p>Foto: Gazette archive</p>
                <div class="author-box"><p>Jane Roe writes about transport and city planning for the Gazette \
                and has covered the council for ten years.</p></div></div>""");
        String text = a.cleanText();
        for (String left : List.of("central station", "Gazette archive", "Jane Roe")) {
            assertFalse(text.contains(left), left);
        }
        assertEquals(3, a.blocks().size(), a.blocks().toString());
    }

    @Test
    void layoutNamesDoNotPruneTheArticle() {
        // "sidebar_right" names the layout, "--has-ads" is a BEM modifier: neither is page furniture.
        ExtractedArticle a = extract("""
                <div class="container_wrap sidebar_right"><main><h1>Council approves new bus network</h1>
                <section class="o-section o-section--has-ads"><div class="c-article-copy">""" + PARAGRAPHS + """
                </div></section></main>
                <aside class="sidebar"><p>Read our guide to the best walks in the hills around the town this \
                autumn, with maps and tips.</p></aside></div>""");
        assertEquals(3, a.blocks().size(), a.blocks().toString());
        assertFalse(a.cleanText().contains("best walks"));
    }

    @Test
    void appendedArticlesDoNotReplaceTheHeadlinedOne() {
        String next = """
                <p>A new bakery opened in the old market hall on Saturday, and the queue reached the river \
                before the doors opened at eight in the morning, its owners said.</p>
                <p>The owners, two sisters who trained in Lyon, said they would bake bread, pastries and cakes \
                every day except Monday, using flour from a mill in the valley.</p>
                <p>The market hall has been empty for six years, and the council hopes the bakery will bring \
                other shops back to the square, a spokesperson said on Saturday evening, adding that two more \
                leases were being negotiated and that the hall would be repainted before the winter.</p>
                <p>Neighbours welcomed the opening, saying the square had been quiet for far too long, and \
                that they hoped for a café and a bookshop next, with tables outside in the summer.</p>
                """;
        ExtractedArticle a = extract("<main>"
                + "<article class=\"entry\"><h1>Council approves new bus network</h1><div class=\"entry-text\">"
                + PARAGRAPHS + "</div></article>"
                + "<article class=\"entry\"><h1>Bakery opens in the old market hall</h1><div class=\"entry-text\">"
                + next + "</div></article></main>");
        assertTrue(a.cleanText().contains("regional council approved"), a.cleanText());
        assertFalse(a.cleanText().contains("bakery"), a.cleanText());
    }

    @Test
    void pageBuilderWidgetsInsideTheMarkedBodyAreReadTogether() {
        // Each paragraph sits in its own widget, cousins rather than siblings; entry-content holds them all.
        StringBuilder widgets = new StringBuilder();
        for (String p : PARAGRAPHS.split("\n")) {
            if (!p.isBlank()) {
                widgets.append("<section class=\"builder-section\"><div class=\"builder-row\"><div class=\"builder-col\">"
                        + "<div class=\"text-widget\">").append(p).append("</div></div></div></section>");
            }
        }
        ExtractedArticle a = extract("<h1>Council approves new bus network</h1><div class=\"entry-content\">"
                + widgets + "</div><div class=\"widget-area\"><p>Sign up to our weekly newsletter.</p></div>");
        assertEquals(3, a.blocks().size(), a.blocks().toString());
    }

    @Test
    void dataTableRowsStayWholeWithTheirFiguresAndDates() {
        ExtractedArticle a = extract("<h1>Council approves new bus network</h1><div class=\"story\">" + PARAGRAPHS
                + "<table><tr><th>Date</th><th>Passengers</th></tr>"
                + "<tr><td>1/1/2023</td><td>+13.1%</td></tr><tr><td>2/1/2023</td><td>12:30</td></tr></table>"
                + "<p>The council will publish the figures every month on its website, a spokesperson said.</p></div>");
        List<String> texts = a.blocks().stream().map(Block::text).toList();
        assertTrue(texts.contains("Date | Passengers"), texts.toString());
        assertTrue(texts.contains("1/1/2023 | +13.1%"), texts.toString());
        assertTrue(texts.contains("2/1/2023 | 12:30"), texts.toString());
    }

    @Test
    void articleCutIntoUnmarkedSectionsIsReadWhole() {
        // Two sections deep in page-builder wrappers, no class naming the body: scores reach one section only.
        String first = PARAGRAPHS + PARAGRAPHS.replace("council", "regional assembly");
        String second = """
                <p>Drivers' unions said they would negotiate new timetables with the operators, and asked for more \
                rest areas at the end of the lines, where drivers wait between two journeys in all weathers.</p>
                <p>The operators said they would hire two hundred drivers before the spring, and train them in \
                their own school, which reopened last month after a pause of four years, the union added.</p>
                <p>Passenger groups welcomed the plan, but asked for more buses on Sundays, when the current \
                network runs only one bus an hour on most lines, and for step-free stops in every village.</p>
                <p>The first corridor, between the station and the hospital, will open in March, and the other \
                three will follow before the end of the year, if the works on the bridge end on time.</p>
                """;
        StringBuilder sections = new StringBuilder();
        int n = 0;
        for (String part : List.of(first, second)) {
            sections.append("<section class=\"blk\"><div class=\"w1\"><div class=\"w2\"><div class=\"w3\">"
                    + "<h2>Part ").append(++n).append("</h2><div class=\"w4\"><div class=\"w5\">")
                    .append(part).append("</div></div></div></div></div></section>");
        }
        ExtractedArticle a = extract("<div class=\"page\"><h1>Council approves new bus network</h1>"
                + "<div class=\"blocks\">" + sections + "</div></div>"
                + "<div class=\"more\"><h3>More from the Gazette</h3>"
                + "<div><a href=\"/a\">Bakery opens in the old market hall</a><p>A new bakery opened in the "
                + "old market hall on Saturday, and the queue reached the river before eight.</p></div>"
                + "<div><a href=\"/b\">Bridge closed for repairs</a><p>The old bridge will be closed for "
                + "three weeks from Monday while engineers repair the deck and the railings.</p></div></div>");
        String text = a.cleanText();
        assertTrue(text.contains("regional assembly approved"), text);
        assertTrue(text.contains("Drivers' unions said"), text);
        assertFalse(text.contains("bakery"), text);
    }

    @Test
    void aPartRenderedOncePerScreenSizeIsReadOnce() {
        String copy = "<div class=\"variant\"><h2>What changes</h2>" + PARAGRAPHS + "</div>";
        String refrain = "<p>This timetable is provided by the regional council and may change without notice.</p>";
        ExtractedArticle a = extract("<h1>Council approves new bus network</h1><div class=\"story\">"
                + copy + copy + copy + "<h3>Line 1</h3>" + refrain + "<h3>Line 2</h3>" + refrain + "</div>");
        String text = a.cleanText();
        assertEquals(text.indexOf("Buses will run every ten minutes"), text.lastIndexOf("Buses will run every ten minutes"),
                text);
        assertEquals(1, a.blocks().stream().filter(b -> b.text().equals("What changes")).count(), text);
        // The same notice under two different headings is the page's refrain, not a copy.
        assertTrue(text.indexOf("may change without notice") < text.lastIndexOf("may change without notice"), text);
    }

    @Test
    void aHiddenCopyOfTheArticleDoesNotPassForItsContainer() {
        // A "republish this story" box holds the article in a text area, hidden until asked for; the layout
        // names the main column after its sidebar.
        ExtractedArticle a = extract("""
                <h1>Council approves new bus network</h1><div class="sidebar-layout"><div class="wrap">
                <div class="sidebar-content">""" + PARAGRAPHS + PARAGRAPHS.replace("<p>", "<p>Also, ") + """
                </div><div class="sidebar"><div class="widget">Follow us
                <div id="republish-modal" style="display:none"><p>You may republish our stories for free, \
                under the following conditions, which apply to every article on this site.</p>
                <textarea>""" + PARAGRAPHS + PARAGRAPHS + PARAGRAPHS + """
                </textarea></div></div></div></div></div>""");
        String text = a.cleanText();
        assertTrue(text.contains("The regional council approved"), text);
        assertTrue(text.contains("Also, Opposition members"), text);
        assertFalse(text.contains("republish"), text);
        assertEquals(6, a.blocks().size(), a.blocks().toString());
    }

    @Test
    void aFooterOrACookieBoxOutweighingAShortArticleIsStillFurniture() {
        String about = "<p>The Gazette is the independent newspaper of the valley, published every morning since "
                + "1921 by a cooperative of its readers and journalists, with offices in four towns.</p>";
        String article = "<main><h1>Council approves new bus network</h1><div class=\"story\">"
                + PARAGRAPHS.substring(0, PARAGRAPHS.indexOf("</p>") + 4) + "</div></main>";
        for (String furniture : List.of("<footer>" + about.repeat(3) + "</footer>",
                "<div class=\"cookie-consent-wrap\">" + about.repeat(3) + "</div>")) {
            String text = extract(article + furniture).cleanText();
            assertTrue(text.contains("The regional council approved"), text);
            assertFalse(text.contains("cooperative"), text);
        }
    }

    @Test
    void sectionsOfOneKindAreOneArticle() {
        // Each part sits deep in its own section, too deep for its paragraphs' scores to reach the section.
        String[] parts = PARAGRAPHS.strip().split("\n");
        StringBuilder page = new StringBuilder("<h1>Council approves new bus network</h1><div class=\"page\">");
        String[] headings = {"The vote", "The new lines", "The cost"};
        for (int i = 0; i < parts.length; i++) {
            page.append("<section class=\"jump-section\"><div><div><div><div><div><h2>").append(headings[i])
                    .append("</h2>").append(parts[i]).append(parts[i].replace("<p>", "<p>Also, "))
                    .append("<ul><li><a href=\"/t\">Timetables</a></li><li><a href=\"/m\">Maps</a></li>")
                    .append("<li><a href=\"/f\">Fares</a></li></ul></div></div></div></div></div></section>");
        }
        page.append("</div><section class=\"promo\"><p>Subscribe to our weekly newsletter.</p></section>");
        String text = extract(page.toString()).cleanText();
        for (String part : List.of("two years of consultations", "every ten minutes", "higher fares", "The cost")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertFalse(text.contains("newsletter"), text);
    }

    @Test
    void aClosingNoteAboutTheAuthorIsLeftOut() {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Council approves new bus network</title>"
                + "<meta name=\"author\" content=\"Jane Roe\"></head><body><h1>Council approves new bus network</h1>"
                + "<div class=\"story\">" + PARAGRAPHS + PARAGRAPHS.replace("<p>", "<p>Also, ")
                + "<p>Jane Roe is a transport reporter at the Gazette. She has covered the regional council since "
                + "2015 and lives in the valley.</p></div></body></html>";
        String text = extractor.extractText(page.getBytes(StandardCharsets.UTF_8), "page.html").cleanText();
        assertTrue(text.contains("Also, Opposition members"), text);
        assertFalse(text.contains("transport reporter"), text);
        // A quote of the author's name inside the story is not a note about them.
        String quoted = page.replace("<p>Jane Roe is a transport reporter", "<p>Jane Roe said the line is a transport");
        assertTrue(extractor.extractText(quoted.getBytes(StandardCharsets.UTF_8), "page.html").cleanText()
                .contains("Jane Roe said"));
    }

    @Test
    void highlightedCodeKeepsItsComments() {
        ExtractedArticle a = extract("<h1>Council approves new bus network</h1><article>" + PARAGRAPHS
                + "<pre><code class=\"language-bash\"><span class=\"hljs-comment\"># fetch the new timetable</span>"
                + "\ncurl -O https://example.org/timetable.csv</code></pre></article>");
        assertTrue(a.cleanText().contains("# fetch the new timetable"), a.cleanText());
    }

    @Test
    void postCardsInsideTheArticleAreLeftOutUnlessTheyAreIt() {
        String card = "<article class=\"post-card\"><h3><a href=\"/other\">Night trains return to the valley</a></h3>"
                + "<div class=\"post-excerpt\"><p>The rail operator will run two night trains a week from the capital "
                + "to the valley from March, the first since the line was cut in 2009.</p></div></article>";
        String text = extract("<h1>Council approves new bus network</h1><div class=\"post-body\">" + PARAGRAPHS
                + "<div class=\"posts-grid\">" + card + "</div></div>").cleanText();
        assertTrue(text.contains("higher fares"), text);
        assertFalse(text.contains("night trains a week"), text);
        // A list article made of such cards keeps them: they are its text.
        String list = extract("<h1>Council approves new bus network</h1><div class=\"post-body\"><p>Our picks.</p>"
                + "<div class=\"posts-grid\">" + card.repeat(4) + "</div></div>").cleanText();
        assertTrue(list.contains("night trains a week"), list);
    }

    @Test
    void linkedHeadingsOfTheArticlesOwnSectionsStay() {
        String[] parts = PARAGRAPHS.strip().split("\n");
        String text = extract("<h1>Council approves new bus network</h1><div class=\"post-body\">"
                + "<h2 id=\"vote\"><a href=\"#vote\">How the vote went</a></h2>" + parts[0]
                + "<h2><a href=\"https://example.org/corridors\">The four main corridors</a></h2>"
                + parts[1].replace("</p>", ", with new shelters and real-time displays at every stop.</p>")
                + parts[2] + "<h3>Related: <a href=\"/trains\">Night trains return</a></h3>"
                + "<p>The rail operator will run two night trains a week from the capital to the valley from March, "
                + "the first since the line was cut in 2009, it said.</p>"
                + "<h3><a href=\"/bridge\">Bridge closed for repairs</a></h3><p>Read it here.</p></div>").cleanText();
        assertTrue(text.contains("How the vote went"), text);
        assertTrue(text.contains("The four main corridors"), text);
        assertFalse(text.contains("Night trains return"), text);
        assertFalse(text.contains("Bridge closed"), text);
    }

    @Test
    void aReadAlsoLineNearTheEndDoesNotCloseTheArticle() {
        String text = extract("<h1>Council approves new bus network</h1><div class=\"story\">" + PARAGRAPHS
                + "<p>Read more: <a href=\"/fares\">What the new fares will cost</a></p>"
                + "<p>The council will publish the timetables in February, a month before the first corridor opens, "
                + "and hold public meetings in each village.</p>"
                + "<h3>Related articles</h3><p>Night trains return to the valley after a decade away from the line.</p>"
                + "</div>").cleanText();
        assertTrue(text.contains("publish the timetables"), text);
        assertFalse(text.contains("What the new fares"), text);
        assertFalse(text.contains("Night trains"), text);
        assertTrue(Boilerplate.isTeaserLine("Read also: What the new fares will cost"));
        assertFalse(Boilerplate.isTeaserLine("Read also"));
    }

    @Test
    void rankedSectionsAfterAnIntroWithItsTableOfContentsAreOneArticle() {
        StringBuilder page = new StringBuilder("<h1>Council approves new bus network</h1><main>"
                + "<section class=\"ranking-intro\"><div class=\"wrap\"><div class=\"text\">" + PARAGRAPHS
                + "</div><div class=\"chapters\"><ol>");
        String[] lines = {"North", "East", "South"};
        for (int i = 0; i < lines.length; i++) {
            page.append("<li><a href=\"#line-").append(i + 1).append("\">").append(i + 1).append("</a><div>")
                    .append(lines[i]).append("</div></li>");
        }
        page.append("</ol></div></div></section>");
        for (int i = 0; i < lines.length; i++) {
            page.append("<section class=\"ranking-content\" id=\"line-").append(i + 1).append("\"><div><div>")
                    .append("<h2>").append(lines[i]).append(" corridor</h2><p>The ").append(lines[i].toLowerCase())
                    .append(" corridor links the station with the new estates, the hospital and the schools on the ")
                    .append("way, and its buses will run from six in the morning until midnight.</p><ul>")
                    .append("<li>Every ten minutes</li><li>Step-free stops</li><li>Real-time displays</li>")
                    .append("<li>Night service on Fridays</li></ul><table><tr><th>Stop</th><th>Minutes</th></tr>")
                    .append("<tr><td>Station</td><td>0</td></tr><tr><td>Hospital</td><td>12</td></tr>")
                    .append("<tr><td>").append(lines[i]).append(" schools</td><td>21</td></tr></table>")
                    .append("</div></div></section>");
        }
        String text = extract(page.append("</main>").toString()).cleanText();
        assertTrue(text.contains("higher fares"), text);
        assertTrue(text.contains("The south corridor links"), text);
        assertTrue(text.contains("Night service on Fridays"), text);
    }

    @Test
    void theHeadlineAndADatedLineInTheArticleHeaderAreNotText() {
        // The metadata title reads otherwise than the headline on the page, which a label precedes.
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Council votes bus plan | Gazette</title>"
                + "<meta property=\"og:title\" content=\"Council votes bus plan\"></head><body>"
                + "<div class=\"story\"><p>Transport</p><h1>Council approves new bus network</h1>"
                + "<h2>Council approves new bus network</h2><p>By Jane Roe | Updated on 19 December 2025</p>"
                + PARAGRAPHS + "</div></body></html>";
        ExtractedArticle a = extractor.extractText(page.getBytes(StandardCharsets.UTF_8), "page.html");
        List<String> texts = a.blocks().stream().map(Block::text).toList();
        assertFalse(texts.contains("Council approves new bus network"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("Jane Roe")), texts.toString());
        assertTrue(texts.get(texts.size() - 1).contains("higher fares"), texts.toString());
    }

    @Test
    void shortNoticesAndCreditLinesAreBoilerplate() {
        assertEquals(Boilerplate.Kind.CREDIT, Boilerplate.classify("Foto: dpa"));
        assertEquals(Boilerplate.Kind.CREDIT, Boilerplate.classify("Photo by Jane Roe"));
        assertEquals(Boilerplate.Kind.NOTICE, Boilerplate.classify("Comments are closed."));
        assertEquals(Boilerplate.Kind.SECTION_HEADER, Boilerplate.classify("Article Sources:"));
        assertEquals(Boilerplate.Kind.SECTION_HEADER, Boilerplate.classify("Footnotes"));
        assertEquals(Boilerplate.Kind.SECTION_HEADER, Boilerplate.classify("Recommended Reading"));
        assertEquals(Boilerplate.Kind.SECTION_HEADER, Boilerplate.classify("Recommended: Best bus routes in the valley"));
        assertEquals(Boilerplate.Kind.NOTICE, Boilerplate.classify("Back to top"));
        assertEquals(Boilerplate.Kind.COMMENT_FORM, Boilerplate.classify("Already have an account? Log in"));
        assertEquals(Boilerplate.Kind.NOTICE, Boilerplate.classify("Did you find the article helpful?"));
        assertEquals(Boilerplate.Kind.WIDGET, Boilerplate.classify("3 MIN. READ"));
        assertEquals(Boilerplate.Kind.NONE, Boilerplate.classify("Recommended doses vary from one patient to the next."));
        assertEquals(Boilerplate.Kind.PROMOTION, Boilerplate.classify("Síguenos en Telegram y Facebook"));
        assertEquals(Boilerplate.Kind.TAGS, Boilerplate.classify("Veröffentlicht am 2. Februar 2022"));
        assertEquals(Boilerplate.Kind.NONE, Boilerplate.classify("Veröffentlicht wurde die Studie im Januar."));
        assertEquals(Boilerplate.Kind.NONE, Boilerplate.classify("Photos from the march were shared widely."));
        assertEquals(Boilerplate.Kind.WIDGET, Boilerplate.classify("6 hours ago"));
        assertEquals(Boilerplate.Kind.WIDGET, Boilerplate.classify("3 дня назад"));
        assertEquals(Boilerplate.Kind.NONE, Boilerplate.classify("The line opened 6 days ago."));
    }

    @Test
    void datesInMoreLanguagesAndDateLinesOnlyWhenTheDateIsTheLine() {
        assertEquals("2021-03-16", PublicationDates.findIn("16 marca 2021"));
        assertEquals("2022-05-05", PublicationDates.findIn("5 de mayo de 2022"));
        assertEquals("2023-10-18", PublicationDates.findIn("Mi, 18. Oktober 2023 um 12:50 Uhr"));
        assertTrue(PublicationDates.isDateLine("Mi, 18. Oktober 2023 um 12:50 Uhr"));
        assertFalse(PublicationDates.isDateLine("ab 1. Januar 2024 für Substitute für Tabakwaren."));
    }
}
