package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown (and plain paragraphs, its simplest case): {@code #} headings, {@code >} quotes,
 * {@code -}/{@code *}/{@code 1.} list items; inline markup is stripped, links keep their text.
 */
public final class MarkdownReader {
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![*\\w])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![_\\w])_(?=\\S)(.+?)(?<=\\S)_(?![_\\w])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]{0,200}>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");

    private MarkdownReader() {
    }

    /** Reads a Markdown document; a leading level-1 heading becomes the title. */
    public static ArticleDraft read(String text, List<String> warnings) {
        List<Block> blocks = new ArrayList<>(parse(text));
        String title = null;
        if (!blocks.isEmpty() && blocks.get(0).type() == BlockType.HEADING) {
            title = blocks.remove(0).text();
        }
        List<Block> body = new ArrayList<>();
        for (Block b : blocks) {
            if (Whitespace.wordCount(b.text()) <= 25 && Boilerplate.classify(b.text()) != Boilerplate.Kind.NONE) {
                continue;
            }
            body.add(b);
        }
        String published = null;
        String byline = null;
        if (!body.isEmpty() && Whitespace.wordCount(body.get(0).text()) <= 12) {
            String first = body.get(0).text();
            if (Boilerplate.isByline(first)) {
                byline = Boilerplate.bylineName(first);
                body.remove(0);
            } else if (PublicationDates.isDateLine(first)) {
                published = PublicationDates.findIn(first);
                body.remove(0);
            }
        }
        return new ArticleDraft(title, byline, published, null, null, null, null, body, warnings);
    }

    /** Blank-line separated paragraphs with Markdown structure recognised. */
    public static List<Block> paragraphs(String text) {
        return parse(text);
    }

    private static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        BlockType paragraphType = BlockType.PARAGRAPH;
        boolean inFence = false;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                add(blocks, paragraph, paragraphType);
                paragraphType = BlockType.PARAGRAPH;
                continue;
            }
            if (inFence) {
                paragraph.append(line).append(' ');
                continue;
            }
            if (line.isBlank() || REFERENCE_DEFINITION.matcher(line).matches()) {
                add(blocks, paragraph, paragraphType);
                paragraphType = BlockType.PARAGRAPH;
                continue;
            }
            Matcher m;
            if ((m = ATX_HEADING.matcher(line)).matches()) {
                add(blocks, paragraph, paragraphType);
                blocks.add(new Block(BlockType.HEADING, inline(m.group(2))));
                paragraphType = BlockType.PARAGRAPH;
                continue;
            }
            if (SETEXT.matcher(line).matches() && !paragraph.isEmpty() && paragraphType == BlockType.PARAGRAPH
                    && paragraph.indexOf("\n") < 0 && !line.isBlank()) {
                add(blocks, paragraph, BlockType.HEADING);
                continue;
            }
            if (RULE.matcher(line).matches()) {
                add(blocks, paragraph, paragraphType);
                paragraphType = BlockType.PARAGRAPH;
                continue;
            }
            if ((m = QUOTE.matcher(line)).matches()) {
                if (paragraphType != BlockType.QUOTE) {
                    add(blocks, paragraph, paragraphType);
                    paragraphType = BlockType.QUOTE;
                }
                if (m.group(1).isBlank()) {
                    add(blocks, paragraph, paragraphType);
                } else {
                    paragraph.append(m.group(1)).append(' ');
                }
                continue;
            }
            if ((m = BULLET.matcher(line)).matches() || (m = NUMBERED.matcher(line)).matches()) {
                add(blocks, paragraph, paragraphType);
                paragraphType = BlockType.LIST_ITEM;
                paragraph.append(m.group(1)).append(' ');
                continue;
            }
            if (paragraphType == BlockType.QUOTE) {
                add(blocks, paragraph, paragraphType);
                paragraphType = BlockType.PARAGRAPH;
            }
            paragraph.append(line.strip()).append(' ');
        }
        add(blocks, paragraph, paragraphType);
        return blocks;
    }

    private static void add(List<Block> blocks, StringBuilder paragraph, BlockType type) {
        String text = inline(paragraph.toString());
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Block(type, text));
        }
    }

    /** Strips inline Markdown: links keep their text, emphasis and code markers go. */
    public static String inline(String s) {
        String out = IMAGE.matcher(s).replaceAll("");
        out = LINK.matcher(out).replaceAll("$1");
        out = REFERENCE_LINK.matcher(out).replaceAll("$1");
        out = AUTOLINK.matcher(out).replaceAll("$1");
        out = CODE.matcher(out).replaceAll("$1");
        out = STRONG.matcher(out).replaceAll("$2");
        out = EMPHASIS_STAR.matcher(out).replaceAll("$1");
        out = EMPHASIS_UNDERSCORE.matcher(out).replaceAll("$1");
        out = STRIKE.matcher(out).replaceAll("$1");
        out = TAG.matcher(out).replaceAll("");
        out = ESCAPE.matcher(out).replaceAll("$1");
        return Whitespace.normalise(out);
    }
}
