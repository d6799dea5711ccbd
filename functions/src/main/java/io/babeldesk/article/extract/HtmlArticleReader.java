package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page. Page furniture (navigation, sidebars, comments, share bars,
 * related lists) is pruned by tag and by class/id hints; the remaining paragraphs are scored by
 * text length, commas and link density, and their scores flow to the containers that hold them;
 * the best container and its related siblings give the body. Structured data (JSON-LD
 * {@code articleBody}) stands in when the page's markup yields too little.
 *
 * <p>The steps, in order: {@link FurniturePruning}, {@link CandidateScoring}, {@link ArticleBounds},
 * {@link BlockCollector} and {@link Standfirst}; {@link ClassHints} holds what class and id names say.
 *
 * <p>Every walk over the tree is iterative: pages nested thousands of levels deep are handled.
 */
public final class HtmlArticleReader {
    private static final int SMALL_WINNER_CHARS = 1000;

    private HtmlArticleReader() {
    }

    /** Reads a whole page: metadata, title and body blocks. */
    public static ArticleDraft read(String html, List<String> warnings) {
        Document doc = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.of(doc);
        List<String> h1s = new ArrayList<>();
        for (Element h1 : doc.select("h1")) {
            String t = Whitespace.normalise(h1.text());
            if (!t.isEmpty()) {
                h1s.add(t);
            }
        }
        String title = chooseTitle(meta, h1s);
        Element body = doc.body();
        List<Block> blocks = body == null ? List.of() : BlockCollector.withoutHeadlines(mainText(body, title), h1s);
        int domChars = BlockCollector.textChars(blocks);
        String structured = meta.structuredBody();
        if (structured != null) {
            List<Block> fromData = MarkdownReader.paragraphs(structured.contains("<")
                    ? Jsoup.parse(structured).wholeText() : structured);
            int dataChars = BlockCollector.textChars(fromData);
            // Structured data often holds a teaser only; trust it when the markup gave much less.
            if (dataChars > 400 && dataChars > domChars * 1.5) {
                blocks = fromData;
            }
        }
        blocks = AuthorNote.withoutClosingNote(blocks, meta.byline());
        String published = meta.publishedAt();
        if (published == null && body != null) {
            String top = body.text();
            published = PublicationDates.findIn(top.substring(0, Math.min(top.length(), 3000)));
        }
        return new ArticleDraft(title, meta.byline(), published, meta.siteName(), meta.url(),
                meta.declaredLanguage(), null, blocks, warnings);
    }

    /** Blocks of an HTML fragment that is the article itself (e.g. an envelope body): no page furniture search. */
    public static List<Block> blocksOfFragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        return BlockCollector.collect(List.of(doc.body()), FurniturePruning.prune(doc.body()), null);
    }

    static String chooseTitle(PageMetadata meta, List<String> h1s) {
        String headline = meta.headline();
        String pageTitle = meta.title();
        for (String h1 : h1s) {
            String lower = h1.toLowerCase(Locale.ROOT);
            if (Whitespace.wordCount(h1) >= 2
                    && ((headline != null && headline.toLowerCase(Locale.ROOT).contains(lower))
                    || (pageTitle != null && pageTitle.toLowerCase(Locale.ROOT).contains(lower)))) {
                return h1;
            }
        }
        if (headline != null) {
            return cleanTitle(headline);
        }
        if (h1s.size() == 1) {
            return h1s.get(0);
        }
        return pageTitle == null ? null : cleanTitle(pageTitle);
    }

    /** Drops the site name sites append to page titles ("Headline | Site"). */
    static String cleanTitle(String title) {
        String[] parts = title.split("\\s+(?:\\||-|–|—|::|·|»|/)\\s+");
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return Whitespace.wordCount(longest) >= 3 ? longest.strip() : title;
    }

    private static List<Block> mainText(Element body, String title) {
        Map<Element, TextFigures> figures = FurniturePruning.prune(body);
        Element top = CandidateScoring.topCandidate(body, figures);
        if (top == null) {
            return BlockCollector.collect(List.of(body), figures, title);
        }
        top = ArticleBounds.sameSpotInHeadlinedEntry(top, body, title);
        top = ArticleBounds.markedBodyAround(top, body, figures);
        top = ArticleBounds.widenOverProse(top, body, figures, title);
        List<Element> roots = ArticleBounds.withSiblings(top, figures);
        List<Block> chosen = BlockCollector.collect(roots, figures, title);
        int chosenChars = BlockCollector.textChars(chosen);
        if (chosenChars < SMALL_WINNER_CHARS) {
            // A small winner on a page with much more prose usually means the article was split across
            // containers the scoring could not join: take every prose block of the cleaned page instead.
            List<Block> everything = BlockCollector.collect(List.of(body), figures, title);
            if (chosenChars * 3 < proseChars(everything)) {
                return proseOnly(everything);
            }
        }
        List<Block> lead = Standfirst.blocks(body, roots, figures, title);
        if (lead.isEmpty()) {
            return chosen;
        }
        List<Block> withLead = new ArrayList<>(lead);
        withLead.addAll(chosen);
        return withLead;
    }

    private static int proseChars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (Whitespace.wordCount(b.text()) >= 10) {
                n += b.text().length();
            }
        }
        return n;
    }

    /** Keeps sentences and the headings and list items between them; drops stray short lines. */
    private static List<Block> proseOnly(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (Whitespace.wordCount(b.text()) >= 10 || b.type() != BlockType.PARAGRAPH
                    && TextFigures.endsSentence(b.text())) {
                out.add(b);
            }
        }
        return out;
    }
}
