package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Turns the chosen containers into the article's typed blocks, leaving out link lists and furniture lines. */
final class BlockCollector {
    /** How the cells of a table row are set apart on its line. */
    static final String CELL_SEPARATOR = " | ";
    /** A paragraph this long read twice on one page is a copy, not a refrain. */
    private static final int REPEAT_CHARS = 60;
    /** The header above an article's text holds a few short lines: label, headline, date, byline. */
    private static final int HEADER_BLOCKS = 4;
    private static final int HEADER_END_WORDS = 20;
    private static final int HEADER_LINE_WORDS = 15;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Running text this long under a linked heading makes it a section's heading rather than a teaser's. */
    private static final int SECTION_TEXT_CHARS = 150;

    private BlockCollector() {
    }

    /** Blocks of the containers in order; a heading left last (it introduced something dropped) goes too. */
    static List<Block> collect(List<Element> roots, Map<Element, TextFigures> figures, String title) {
        return collect(roots, figures, title, true);
    }

    /** As above; without dropTrailingHeading a last heading stays, since a lead may be styled as one. */
    static List<Block> collect(List<Element> roots, Map<Element, TextFigures> figures, String title,
            boolean dropTrailingHeading) {
        Walk collector = new Walk(figures);
        for (Element root : roots) {
            collector.root = figures.get(root);
            NodeTraversor.filter(collector, root);
            collector.flush();
        }
        List<Block> out = new ArrayList<>();
        int total = 0;
        for (Block b : collector.blocks) {
            total += b.text().length();
        }
        int seen = 0;
        String titleKey = title == null ? null : comparable(title);
        boolean header = true;
        Set<String> pairs = new HashSet<>();
        String previous = "";
        boolean repeating = false;
        for (Block b : collector.blocks) {
            String text = b.text();
            int words = Whitespace.wordCount(text);
            // A table row is data: a row of figures or dates is not a clock, a counter or a credit line.
            boolean row = collector.rows.containsKey(b);
            // The headline, repeated in the header above the text (after a category label, a date, or once per
            // screen size), is the title rather than the text; spellings differ in quotes and dashes.
            if (titleKey != null && header && out.size() < HEADER_BLOCKS && comparable(text).equals(titleKey)) {
                continue;
            }
            // A dated line there is the header's too: "By Jane Roe | Updated on 19 Dec 2025", "Apr 21, 2017 | Bus".
            if (header && words <= HEADER_LINE_WORDS && !row && !TextFigures.endsSentence(text)
                    && PublicationDates.findIn(text) != null) {
                continue;
            }
            header &= words < HEADER_END_WORDS;
            seen += text.length();
            Boilerplate.Kind kind = words <= 25 && !row ? Boilerplate.classify(text) : Boilerplate.Kind.NONE;
            // A "related"/"comments" header in the last part of the article closes it.
            // One "Read also: ..." line is a teaser within the text, not such a header.
            if ((kind == Boilerplate.Kind.SECTION_HEADER && !Boilerplate.isTeaserLine(text)
                    || kind == Boilerplate.Kind.COMMENT_FORM) && seen * 10 >= total * 7 && !out.isEmpty()) {
                break;
            }
            if (kind != Boilerplate.Kind.NONE) {
                continue;
            }
            if (words <= 12 && !row && (Boilerplate.isByline(text) || PublicationDates.isDateLine(text))) {
                continue;
            }
            if (words == 0) {
                continue;
            }
            // Pages render some parts twice (one copy per screen size): a passage read before, the same block
            // after the same block, is not read again, nor are the headings and labels of the copy.
            String pair = previous + "\n" + text;
            if (!pairs.add(pair) && (text.length() >= REPEAT_CHARS || repeating)) {
                if (!repeating && !out.isEmpty() && out.get(out.size() - 1).text().equals(previous)) {
                    out.remove(out.size() - 1); // the copy's first block, read before this one too
                }
                previous = text;
                repeating = true;
                continue;
            }
            previous = text;
            repeating = false;
            out.add(b);
        }
        // A heading with nothing after it introduces something that was left out (related links, forms).
        while (dropTrailingHeading && !out.isEmpty() && out.get(out.size() - 1).type() == BlockType.HEADING) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * The blocks without the page's headlines in the header above the text: the headline on the page
     * often reads otherwise than the title its metadata gives.
     */
    static List<Block> withoutHeadlines(List<Block> blocks, List<String> headlines) {
        if (headlines.isEmpty() || headlines.size() > 2) {
            return blocks; // many headlines: a list of entries, whose titles are text
        }
        Set<String> keys = new HashSet<>();
        for (String h : headlines) {
            keys.add(comparable(h));
        }
        List<Block> out = new ArrayList<>();
        boolean header = true;
        for (Block b : blocks) {
            if (header && out.size() < HEADER_BLOCKS && keys.contains(comparable(b.text()))) {
                continue;
            }
            header &= Whitespace.wordCount(b.text()) < HEADER_END_WORDS;
            out.add(b);
        }
        return out;
    }

    /** Lower-case letters and digits, one space apart. */
    private static String comparable(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static int textChars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    /** Walks the chosen containers in reading order, cutting text into blocks at block-level tags. */
    private static final class Walk implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        /** The blocks that are rows of a data table, their cells joined on one line. */
        final Map<Block, Boolean> rows = new IdentityHashMap<>();
        private final Map<Element, TextFigures> figures;
        /** The data-table row being walked, or null. */
        private Element row;
        /** Figures of the chosen container being walked. */
        TextFigures root;
        private final StringBuilder buffer = new StringBuilder();
        private int headingDepth;
        private int listDepth;
        private int quoteDepth;
        private BlockType bufferType = BlockType.PARAGRAPH;
        private boolean bufferHasText;

        Walk(Map<Element, TextFigures> figures) {
            this.figures = figures;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                if (!bufferHasText && !text.isBlank()) {
                    bufferType = currentType();
                    bufferHasText = true;
                }
                buffer.append(text);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (skip(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.nameIs("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (row == null && e.nameIs("tr") && isDataRow(e)) {
                flush();
                row = e;
                return FilterResult.CONTINUE;
            }
            if (row != null && (e.nameIs("td") || e.nameIs("th"))) {
                if (bufferHasText) {
                    buffer.append(CELL_SEPARATOR);
                }
                return FilterResult.CONTINUE;
            }
            if (TextFigures.BLOCK_TAGS.contains(e.normalName())) {
                flush();
                enter(e, 1);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e == row) {
                flush();
                row = null;
                return FilterResult.CONTINUE;
            }
            if (row != null && node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) {
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e && TextFigures.BLOCK_TAGS.contains(e.normalName())) {
                flush();
                enter(e, -1);
            }
            return FilterResult.CONTINUE;
        }

        private void enter(Element e, int delta) {
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                headingDepth += delta;
            } else if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
                listDepth += delta;
            } else if (tag.equals("blockquote")) {
                quoteDepth += delta;
            }
        }

        private BlockType currentType() {
            if (headingDepth > 0) {
                return BlockType.HEADING;
            }
            if (listDepth > 0) {
                return BlockType.LIST_ITEM;
            }
            if (quoteDepth > 0) {
                return BlockType.QUOTE;
            }
            return BlockType.PARAGRAPH;
        }

        private boolean skip(Element e) {
            TextFigures s = figures.get(e);
            if (s == null) {
                return false;
            }
            String tag = e.normalName();
            boolean container = tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
                    || tag.equals("table") || tag.equals("dl") || tag.equals("header");
            // Link lists inside the article ("related", "more on this") are not its text.
            // ...unless it holds most of the unlinked text of the container chosen for that text.
            boolean holdsMostProse = root != null && (s.text - s.link) * 2 >= root.text - root.link;
            if (container && s.text > 0 && s.text < 3000 && s.linkDensity() > 0.5 && !holdsMostProse) {
                return true;
            }
            // A teaser card inside the article points to another article: it links there.
            if (s.link > 0 && s.text < 1000 && !holdsMostProse && ClassHints.marksTeaser(e)) {
                return true;
            }
            // So is an entry of another article (a post card in a grid) nested in the chosen container: a
            // headline linking to that article over an excerpt of it.
            if (tag.equals("article") && s != root && s.link > 0 && s.text < 1000 && s.paragraphs >= 1
                    && !holdsMostProse && !cardsHoldMostProse(e) && hasLinkedHeadline(e)) {
                return true;
            }
            if ((tag.equals("p") || tag.equals("li")) && s.text > 0 && s.text < 200 && s.linkDensity() > 0.8) {
                return true;
            }
            return TextFigures.isHeading(e) && s.text > 0 && s.linkDensity() > 0.6 && !headsOwnSection(e);
        }

        /**
         * A linked heading is a teaser's headline, unless it heads a part of the article: its link points
         * within the page (a permalink to the section), or running text follows it where an excerpt would.
         */
        private boolean headsOwnSection(Element heading) {
            if (Boilerplate.classify(heading.text()) != Boilerplate.Kind.NONE) {
                return false; // "Related: <a>...</a>" points elsewhere whatever follows it
            }
            boolean inPage = true;
            for (Element a : heading.getElementsByTag("a")) {
                inPage &= a.attr("href").startsWith("#");
            }
            if (inPage) {
                return true;
            }
            Element next = heading.nextElementSibling();
            TextFigures ns = next == null ? null : figures.get(next);
            return ns != null && next.nameIs("p") && ns.paragraphs == 1 && ns.linkDensity() < 0.3
                    && ns.text >= SECTION_TEXT_CHARS;
        }

        /** Whether the cards beside this one are most of the chosen container's text: a list article. */
        private boolean cardsHoldMostProse(Element entry) {
            TextFigures ps = entry.parent() == null ? null : figures.get(entry.parent());
            return ps != null && root != null && (ps.text - ps.link) * 2 >= root.text - root.link;
        }

        private boolean hasLinkedHeadline(Element entry) {
            for (Element h : entry.select("h1, h2, h3, h4, h5, h6")) {
                TextFigures hs = figures.get(h);
                if (hs != null && hs.text > 0 && hs.link * 10 >= hs.text * 9) {
                    return true;
                }
            }
            return false;
        }

        /** A row of a data table: cells of text and figures, no paragraphs or lists inside them. */
        private boolean isDataRow(Element tr) {
            if (tr.childrenSize() < 2) {
                return false;
            }
            for (Element cell : tr.children()) {
                TextFigures s = figures.get(cell);
                if (!cell.nameIs("td") && !cell.nameIs("th") || s == null || s.blockInside) {
                    return false;
                }
            }
            return true;
        }

        void flush() {
            String text = Whitespace.normalise(buffer.toString());
            buffer.setLength(0);
            bufferHasText = false;
            if (!text.isEmpty()) {
                Block block = new Block(bufferType, text);
                blocks.add(block);
                if (row != null) {
                    rows.put(block, Boolean.TRUE);
                }
            }
            bufferType = currentType();
        }
    }
}
