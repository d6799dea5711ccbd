package io.babeldesk.article.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    /** The rule as the patterns state it: drop invisible characters, one space per run of spaces, strip. */
    private static String byPatterns(String text) {
        String visible = Whitespace.INVISIBLE.matcher(text).replaceAll("");
        return Whitespace.SPACES.matcher(visible).replaceAll(" ").strip();
    }

    @Test
    void collapsesRunsDropsInvisibleCharactersAndStrips() {
        assertEquals("a b c", Whitespace.normalise("  a \t\n b\u00a0\u2009\u3000c \r\n"));
        assertEquals("ab", Whitespace.normalise("a\u200bb"));
        assertEquals("a b", Whitespace.normalise("a \u200b b"));
        assertEquals("soft hyphen", Whitespace.normalise("soft hy\u00adphen"));
        assertEquals("", Whitespace.normalise(" \u00a0\u2060 "));
        assertEquals("", Whitespace.normalise(null));
        assertEquals("x", Whitespace.normalise("\u001cx\u001f"), "strip removes Java whitespace that \\s lacks");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String clean = "Already clean text, with single spaces.";
        assertSame(clean, Whitespace.normalise(clean));
    }

    @Test
    void agreesWithThePatternsOnRandomText() {
        char[] alphabet = {'a', 'Б', 'ա', 'ə', '.', ' ', ' ', '\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u1680',
                '\u2000', '\u2005', '\u200a', '\u200b', '\u200c', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000',
                '\u2060', '\ufeff', '\u00ad', '\u001c', '\u0085', '\u180e'};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            assertEquals(byPatterns(text), Whitespace.normalise(text), () -> "for " + text.chars()
                    .mapToObj(c -> String.format("\\u%04x", c)).toList());
        }
    }
}
