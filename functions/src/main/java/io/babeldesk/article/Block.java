package io.babeldesk.article;

import java.util.Objects;

/** One unit of an article's body: a heading, paragraph, quote or list item, in reading order. */
public record Block(BlockType type, String text) {
    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text);
    }

    public Block withText(String newText) {
        return new Block(type, newText);
    }
}
