package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextRunsTest {
    private static final char[] ALPHABET = {'a', 'Z', 'ж', 'Ա', 'ə', '1', '٣', 'Ⅻ', '½', '.', '-', '\'', ' ', ' ', '\t',
            '\n', '\r', '\u000b', '\f', '\u00a0', '\u2009', '\u0301'};

    private static String random(Random random, int max) {
        StringBuilder sb = new StringBuilder();
        for (int j = random.nextInt(max); j > 0; j--) {
            if (random.nextInt(20) == 0) {
                sb.appendCodePoint(random.nextBoolean() ? 0x1D400 : 0x1F600); // a mathematical letter, an emoji
            } else {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return sb.toString();
    }

    @Test
    void aWordIsFoldedWhenFoldingLeavesItAsItIs() {
        assertTrue(TextRuns.isFolded("министр"));
        assertTrue(TextRuns.isFolded("hökumət2020"));
        assertFalse(TextRuns.isFolded("Министр"));
        assertFalse(TextRuns.isFolded("ещё"));
        assertFalse(TextRuns.isFolded("qısa"));
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            for (String word : TextRuns.words(random(random, 14))) {
                if (TextRuns.isFolded(word)) {
                    assertEquals(io.babeldesk.glossary.GlossaryMatcher.fold(word), word, word);
                }
            }
        }
    }

    @Test
    void theScriptOfALetterIsTheTablesScript() {
        for (int cp = 0; cp < 0x3000; cp++) {
            if (Character.isLetter(cp)) {
                assertEquals(Character.UnicodeScript.of(cp), TextRuns.scriptOfLetter(cp), Integer.toHexString(cp));
            }
        }
    }

    @Test
    void aLetterOrNumberIsWhatTheCharacterClassesSay() {
        for (int cp = 0; cp < 0x3000; cp++) {
            int type = Character.getType(cp);
            boolean expected = Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            assertEquals(expected, TextRuns.isLetterOrNumber(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void oneSpaceIsReplaceAllOfWhitespaceRuns() {
        assertEquals("a b c ", TextRuns.oneSpace("a \t\n b\r\nc  "));
        assertEquals("a\u00a0\u00a0b", TextRuns.oneSpace("a\u00a0\u00a0b"), "only \\s counts, as in the pattern");
        String clean = "one space between words";
        assertSame(clean, TextRuns.oneSpace(clean));
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, 14);
            assertEquals(text.replaceAll("\\s+", " "), TextRuns.oneSpace(text), text);
        }
    }

    @Test
    void wordsAreTheNonEmptyPiecesOfTheLetterAndNumberSplit() {
        assertEquals(List.of("CNN", "и", "BBC", "2020", "Ⅻ", "½"), TextRuns.words("«CNN» и BBC, 2020—Ⅻ ½!"));
        assertEquals(List.of(), TextRuns.words(" ,. "));
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, 14);
            List<String> expected = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
            assertEquals(expected, TextRuns.words(text), text);
        }
    }
}
