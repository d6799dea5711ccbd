package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown (and plain paragraphs, its simplest case) with a CommonMark parser: headings, block
 * quotes, list items (nested ones too) and paragraphs become blocks; inline markup goes, link text stays.
 */
public final class MarkdownReader {
    // Parsers hold no state between documents; one of each serves every thread.
    private static final Parser DOCUMENT = Parser.builder().build();
    // A title is inline text only: "2024. A year in review" is no ordered list and "# 1" no heading.
    private static final Parser INLINE = Parser.builder().enabledBlockTypes(Set.of()).build();
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private MarkdownReader() {
    }

    /**
     * Reads a Markdown document. The title is the front matter's, else a leading heading; a front
     * matter author and date stand for the byline and date lines some uploads open with instead.
     */
    public static ArticleDraft read(String text, List<String> warnings) {
        FrontMatter front = FrontMatter.split(text);
        List<Block> blocks = new ArrayList<>(parse(front.body()));
        String title = front.title() == null ? null : inline(front.title());
        if (!blocks.isEmpty() && blocks.get(0).type() == BlockType.HEADING && (title == null
                || blocks.get(0).text().toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT)))) {
            title = blocks.remove(0).text();
        }
        List<Block> body = new ArrayList<>();
        for (Block b : blocks) {
            if (Whitespace.wordCount(b.text()) <= 25 && Boilerplate.classify(b.text()) != Boilerplate.Kind.NONE) {
                continue;
            }
            body.add(b);
        }
        String published = front.date();
        String byline = front.author();
        if (!body.isEmpty() && Whitespace.wordCount(body.get(0).text()) <= 12) {
            String first = body.get(0).text();
            if (Boilerplate.isByline(first)) {
                byline = byline == null ? Boilerplate.bylineName(first) : byline;
                body.remove(0);
            } else if (PublicationDates.isDateLine(first)) {
                published = published == null ? PublicationDates.findIn(first) : published;
                body.remove(0);
            }
        }
        return new ArticleDraft(title, byline, published, null, null, null, null, body, warnings);
    }

    /** Blank-line separated paragraphs with Markdown structure recognised. */
    public static List<Block> paragraphs(String text) {
        return parse(text);
    }

    /** Strips inline Markdown from one line of text: links keep their text, emphasis and code markers go. */
    public static String inline(String s) {
        return Whitespace.normalise(inlineText(INLINE.parse(s)));
    }

    /**
     * Walks the document in reading order. A paragraph's type comes from what holds it, with the
     * precedence the HTML reader uses: inside a list item it is a list item (a quote within one too),
     * inside a block quote a quote. The walk keeps its own stack: quotes nested thousands deep are handled.
     */
    private static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        Deque<Held> pending = new ArrayDeque<>();
        pushChildren(pending, DOCUMENT.parse(text), BlockType.PARAGRAPH);
        while (!pending.isEmpty()) {
            Held held = pending.pop();
            switch (held.node()) {
                case Heading heading -> add(blocks, BlockType.HEADING, inlineText(heading));
                case Paragraph paragraph -> add(blocks, held.type(), inlineText(paragraph));
                // News uploads hold code blocks mostly by accident: prose indented four spaces or a tab
                // (a pasted or exported text), or a statement or figures fenced to keep their layout.
                // Either way a reader sees the text, so it stays, one paragraph per blank-line-separated
                // part (its layout does not survive: no block keeps line breaks).
                case FencedCodeBlock code -> addParts(blocks, held.type(), code.getLiteral());
                case IndentedCodeBlock code -> addParts(blocks, held.type(), code.getLiteral());
                // Raw HTML shows its text to a reader, not its tags (nor script or style contents).
                case HtmlBlock html -> add(blocks, held.type(), Jsoup.parseBodyFragment(html.getLiteral()).text());
                case ListItem item -> pushChildren(pending, item, BlockType.LIST_ITEM);
                case BlockQuote quote -> pushChildren(pending, quote,
                        held.type() == BlockType.LIST_ITEM ? BlockType.LIST_ITEM : BlockType.QUOTE);
                // Lists, thematic breaks and link reference definitions hold no text of their own.
                default -> pushChildren(pending, held.node(), held.type());
            }
        }
        return blocks;
    }

    /** A block-level node still to read, with the block type its paragraphs take there. */
    private record Held(Node node, BlockType type) {
    }

    private static void pushChildren(Deque<Held> pending, Node parent, BlockType type) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(new Held(child, type));
        }
    }

    private static void addParts(List<Block> blocks, BlockType type, String text) {
        for (String part : BLANK_LINE.split(text)) {
            add(blocks, type, part);
        }
    }

    private static void add(List<Block> blocks, BlockType type, String text) {
        String normalised = Whitespace.normalise(text);
        if (!normalised.isEmpty()) {
            blocks.add(new Block(type, normalised));
        }
    }

    /** The text a reader sees in a node's inline content: images and raw tags give none, line breaks a space. */
    private static String inlineText(Node parent) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            switch (node) {
                case Text t -> sb.append(t.getLiteral());
                case Code c -> sb.append(c.getLiteral());
                case SoftLineBreak b -> sb.append(' ');
                case HardLineBreak b -> sb.append(' ');
                case Image i -> { }
                case HtmlInline h -> { }
                // Links, emphasis and paragraphs (of the inline parser): their text is their children's.
                default -> {
                    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                        pending.push(child);
                    }
                }
            }
        }
        return sb.toString();
    }
}
