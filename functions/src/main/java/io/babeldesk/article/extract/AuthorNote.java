package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the note about the author that closes many articles ("Jane Doe is a freelance writer
 * based in ..."): it is about the writer, not part of the story, and sites place it inside the body.
 */
final class AuthorNote {
    /** How many blocks from the end an author's note may start. */
    private static final int TAIL_BLOCKS = 3;
    private static final Pattern INTRODUCES = Pattern.compile("^\\s*(?:is|was|has|writes|covers|holds|lives|joined"
            + "|serves|specializes|specialises|founded|started|leads)\\b.*", Pattern.DOTALL);

    private AuthorNote() {
    }

    /**
     * The blocks without a closing note about the named author: a paragraph among the last few that opens
     * with the author's full name and says who they are, and everything after it.
     */
    static List<Block> withoutClosingNote(List<Block> blocks, String author) {
        if (author == null || Whitespace.wordCount(author) < 2 || blocks.size() <= TAIL_BLOCKS + 2) {
            return blocks;
        }
        String name = Whitespace.normalise(author);
        int total = BlockCollector.textChars(blocks);
        for (int i = blocks.size() - TAIL_BLOCKS; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = b.text();
            if (b.type() == BlockType.PARAGRAPH && text.startsWith(name)
                    && INTRODUCES.matcher(text.substring(name.length())).matches()) {
                List<Block> kept = blocks.subList(0, i);
                // A profile of the author is about them all along: keep it when the note is most of the text.
                return (total - BlockCollector.textChars(kept)) * 4 <= total ? List.copyOf(kept) : blocks;
            }
        }
        return blocks;
    }
}
