package io.babeldesk.article.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text figures of one element (visible and linked characters, block structure), computed for a whole
 * tree bottom-up in one pass so that pruning, scoring and block collection never re-read the text.
 */
final class TextFigures {
    // Tags that end a run of text: blocks are cut there, and an element holding one is no leaf paragraph.
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot",
            "tr", "td", "th", "figure", "figcaption", "header", "footer", "aside", "nav", "form", "fieldset",
            "address", "hr", "center", "details", "summary", "body", "caption", "hgroup", "menu", "dialog");
    /** A leaf block with this many unlinked characters and few links reads as a paragraph of running text. */
    static final int PROSE_PARAGRAPH_CHARS = 80;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。؟»”\"]\\s*$|\\.( |$)");

    int text;
    int link;
    int ownText;
    /** Unlinked characters of the paragraphs of running text inside (see {@link #PROSE_PARAGRAPH_CHARS}). */
    int prose;
    /** How many such paragraphs, and how many links with text to other pages, are inside. */
    int paragraphs;
    int anchors;
    boolean blockInside;
    /** The element is or holds the page's {@code <main>} or its schema.org articleBody. */
    boolean holdsMain;
    /** Set by candidate scoring; the figures are recomputed after pruning, so this starts unscored. */
    double score;
    boolean scored;

    double linkDensity() {
        return text == 0 ? 0 : (double) link / text;
    }

    /** True when the text reads as the end of a sentence, the mark of prose rather than a label. */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /** The figures of every element under root (root included), keyed by identity. */
    static Map<Element, TextFigures> of(Element root) {
        Map<Element, TextFigures> figures = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    figures.put(e, new TextFigures());
                } else if (node instanceof TextNode t && t.parent() instanceof Element p) {
                    int n = visibleChars(t.getWholeText());
                    TextFigures ps = figures.get(p);
                    if (ps != null) {
                        ps.text += n;
                        ps.ownText += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                TextFigures s = figures.get(e);
                if (e.nameIs("a")) {
                    s.link = s.text;
                }
                if (e.nameIs("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    s.holdsMain = true;
                }
                if (!s.blockInside && s.text - s.link >= PROSE_PARAGRAPH_CHARS && s.link * 10 < s.text * 3
                        && BLOCK_TAGS.contains(e.normalName()) && !isHeading(e)) {
                    s.prose = s.text - s.link;
                    s.paragraphs = 1;
                }
                // A link to a spot of the same page (a table of contents) leads to no other article.
                if (e.nameIs("a") && s.text > 0 && !e.attr("href").startsWith("#")) {
                    s.anchors++;
                }
                if (e != root && e.parent() != null) {
                    TextFigures ps = figures.get(e.parent());
                    if (ps != null) {
                        ps.text += s.text;
                        ps.link += s.link;
                        if (s.blockInside || BLOCK_TAGS.contains(e.normalName())) {
                            ps.blockInside = true;
                        }
                        ps.holdsMain |= s.holdsMain;
                        ps.prose += s.prose;
                        ps.paragraphs += s.paragraphs;
                        ps.anchors += s.anchors;
                    }
                }
            }
        }, root);
        return figures;
    }

    static boolean isHeading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                n++;
            }
        }
        return n;
    }
}
