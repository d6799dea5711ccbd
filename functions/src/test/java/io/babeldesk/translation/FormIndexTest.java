package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormIndexTest {
    @Test
    void theFormWrittenFirstDecidesWhenTwoFitAWord() {
        // a one-letter stem and a longer one both start "abc": the row written first wins, either way round
        FormIndex shortFirst = new FormIndex(new String[] {"a", "ab"}, 5, false);
        FormIndex longFirst = new FormIndex(new String[] {"ab", "a"}, 5, false);
        assertEquals(0, shortFirst.rowOf("abc"));
        assertEquals(0, longFirst.rowOf("abc"));
        assertEquals(0, shortFirst.rowOfRaw("ABC", 0, 3, 5));
        assertEquals(0, longFirst.rowOfRaw("xx ABC", 3, 6, 5));
        assertEquals(0, shortFirst.rowOf("a"), "a word of one letter has only one-letter forms");
        assertEquals(1, longFirst.rowOf("a"));
        assertArrayEquals(new boolean[] {true, true}, shortFirst.shownIn("the abc"));
    }

    @Test
    void aWordIsComparedWithTheFormsOfItsFirstTwoLetters() {
        FormIndex index = new FormIndex(new String[] {"комисси;komissiya", "ком{}", "суд{/а/е}"}, 7, false);
        assertEquals(0, index.rowOf("комиссией"));
        assertEquals(1, index.rowOf("ком"));
        assertEquals(-1, index.rowOf("комок"), "a whole-word form names only itself");
        assertEquals(2, index.rowOfRaw("Суда", 0, 4, 7));
        assertEquals(-1, index.rowOf("судьба"));
        assertEquals(0, index.rowOfRaw("KOMISSIYASI", 0, 11, 7));
        assertArrayEquals(new boolean[] {true, false, true}, index.shownIn("комиссия и суд"));
    }

    @Test
    void formsOfTwoAndOfThreeLettersOrMoreAreFoundInTableOrder() {
        // "ab" sits with the two-letter forms, "abc" and "abd" with those of their first three letters
        FormIndex twoFirst = new FormIndex(new String[] {"ab", "abc", "abd"}, 5, false);
        FormIndex threeFirst = new FormIndex(new String[] {"abc", "ab", "abd"}, 5, false);
        assertEquals(0, twoFirst.rowOf("abcd"));
        assertEquals(0, threeFirst.rowOf("abcd"));
        assertEquals(1, threeFirst.rowOf("abxy"), "only the two-letter form fits");
        assertEquals(1, threeFirst.rowOfRaw("ABDE", 0, 4, 5), "\"ab\" is written before \"abd\"");
        assertEquals(0, new FormIndex(new String[] {"abd", "ab"}, 5, false).rowOfRaw("ABDE", 0, 4, 5));
        assertEquals(0, twoFirst.rowOfRaw("ABC", 0, 3, 5), "a word as long as the longer form");
        assertEquals(-1, twoFirst.rowOf("abcdefghij"), "longer than any form with its ending");
        assertArrayEquals(new boolean[] {true, true, false}, twoFirst.shownIn("an abcd"));
        assertArrayEquals(new boolean[] {false, true, false}, threeFirst.shownIn("the abx"));
    }
}
