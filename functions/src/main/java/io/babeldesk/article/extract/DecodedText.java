package io.babeldesk.article.extract;

import java.util.List;

/**
 * An upload's bytes read as text.
 *
 * @param charset the character set the text was read with
 * @param warnings what a person should know, e.g. invalid byte sequences that were replaced
 */
public record DecodedText(String text, String charset, List<String> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
