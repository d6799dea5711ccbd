package io.babeldesk.translation;

import io.babeldesk.glossary.GlossaryMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of word forms (one row a thing named in several languages) indexed by their first two or three
 * letters, built once: which rows a folded word belongs to, and which rows a folded text shows, without
 * scanning every form of every row.
 *
 * <p>A form is a stem that the word starts with, followed by at most {@code maxTail} more letters
 * (a case ending: комисси → комиссией, հանձնաժողով → հանձնաժողովի, komissiya → komissiyası); a
 * form written {@code stem{a/b/}} names whole words only (суд{/а/е/у} is суд, суда, суде, суду,
 * not судьба), and so does a form of three letters or fewer when the index is built so. A row
 * may start with '!', '^' or '~' to mark it ({@link #marked}, {@link #joins}, {@link #weak}).
 */
final class FormIndex {
    /** One form; {@code order} is its place among all forms, which decides between two that fit a word. */
    private record Form(String text, boolean whole, int row, int order) {
    }

    private static final int BUCKETS = 4096;
    private static final int TRIPLE_BUCKETS = 16384;
    /** Forms of two letters, by those letters. */
    private final Form[][] buckets = new Form[BUCKETS][];
    /** Forms of three letters or more, by their first three: a word is compared with the few that start as it does. */
    private final Form[][] triples = new Form[TRIPLE_BUCKETS][];
    /** Forms of one letter, by that letter (a table may have none). */
    private final Form[][] singles = new Form[BUCKETS][];
    private final int rows;
    private final int maxTail;
    private final boolean[] marked;
    private final boolean[] joins;
    private final boolean[] weak;

    /**
     * @param rows one row a line of forms; forms are separated by ',' or ';' (the languages' columns)
     * @param maxTail how many letters a stem form may be followed by
     * @param shortWhole whether a form of three letters or fewer names a whole word only
     */
    FormIndex(String[] rows, int maxTail, boolean shortWhole) {
        this.rows = rows.length;
        this.maxTail = maxTail;
        this.marked = new boolean[rows.length];
        this.joins = new boolean[rows.length];
        this.weak = new boolean[rows.length];
        List<List<Form>> lists = new ArrayList<>();
        List<List<Form>> singleLists = new ArrayList<>();
        List<List<Form>> tripleLists = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            lists.add(new ArrayList<>());
            singleLists.add(new ArrayList<>());
        }
        for (int b = 0; b < TRIPLE_BUCKETS; b++) {
            tripleLists.add(new ArrayList<>());
        }
        int[] order = {0};
        for (int r = 0; r < rows.length; r++) {
            int at = 0;
            for (; at < rows[r].length() && "!^~".indexOf(rows[r].charAt(at)) >= 0; at++) {
                marked[r] |= rows[r].charAt(at) == '!';
                joins[r] |= rows[r].charAt(at) == '^';
                weak[r] |= rows[r].charAt(at) == '~';
            }
            for (String raw : rows[r].substring(at).split("[,;|]")) {
                String f = raw.strip();
                if (f.isEmpty()) {
                    continue;
                }
                int brace = f.indexOf('{');
                if (brace >= 0) {
                    String stem = f.substring(0, brace);
                    for (String ending : f.substring(brace + 1, f.length() - 1).split("/", -1)) {
                        add(lists, singleLists, tripleLists, new Form(GlossaryMatcher.fold(stem + ending), true, r, order[0]++));
                    }
                } else {
                    String folded = GlossaryMatcher.fold(f);
                    add(lists, singleLists, tripleLists, new Form(folded, shortWhole && folded.length() <= 3, r, order[0]++));
                }
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            buckets[b] = lists.get(b).isEmpty() ? null : lists.get(b).toArray(new Form[0]);
            singles[b] = singleLists.get(b).isEmpty() ? null : singleLists.get(b).toArray(new Form[0]);
        }
        for (int b = 0; b < TRIPLE_BUCKETS; b++) {
            triples[b] = tripleLists.get(b).isEmpty() ? null : tripleLists.get(b).toArray(new Form[0]);
        }
    }

    private static void add(List<List<Form>> lists, List<List<Form>> singleLists, List<List<Form>> tripleLists,
                            Form form) {
        String text = form.text();
        if (text.length() == 1) {
            singleLists.get(single(text.charAt(0))).add(form);
        } else if (text.length() == 2) {
            lists.get(pair(text.charAt(0), text.charAt(1))).add(form);
        } else if (!text.isEmpty()) {
            tripleLists.get(triple(text.charAt(0), text.charAt(1), text.charAt(2))).add(form);
        }
    }

    private static int pair(char first, char second) {
        int h = first * 0x9E3779B1 + second;
        return (h ^ (h >>> 16)) & (BUCKETS - 1);
    }

    private static int triple(char first, char second, char third) {
        int h = (first * 0x9E3779B1 + second) * 0x85EBCA6B + third;
        return (h ^ (h >>> 15)) & (TRIPLE_BUCKETS - 1);
    }

    private static int single(char c) {
        return c & (BUCKETS - 1);
    }

    /** The forms of two letters a word starting with these two (folded) letters may be: null when none. */
    private Form[] pairs(char first, char second) {
        return buckets[pair(first, second)];
    }

    /** The forms of three letters or more a word starting with these three (folded) letters may be: null when none. */
    private Form[] triples(char first, char second, char third) {
        return triples[triple(first, second, third)];
    }

    /** Of two forms that fit a word, the one that comes first in the table (null when neither does). */
    private static Form earlier(Form a, Form b) {
        return a == null ? b : b == null || a.order() < b.order() ? a : b;
    }

    /** The first form of a bucket (in table order) that the word at {@code start} of a folded text fits. */
    private static Form firstFit(Form[] forms, String folded, int start, int length, int tail) {
        if (forms != null) {
            for (Form f : forms) {
                if (fits(f, length, tail) && folded.startsWith(f.text(), start)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** {@link #firstFit} of a word of an unfolded text, folded letter by letter as it is compared. */
    private static Form firstFitRaw(Form[] forms, String text, int start, int length, int tail) {
        if (forms != null) {
            for (Form f : forms) {
                if (!fits(f, length, tail)) {
                    continue;
                }
                String form = f.text();
                int n = form.length();
                int k = 0;
                while (k < n && fold(text.charAt(start + k)) == form.charAt(k)) {
                    k++;
                }
                if (k == n) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Whether a form may name a word of {@code length} letters, a stem followed by at most {@code tail} more. */
    private static boolean fits(Form f, int length, int tail) {
        int n = f.text().length();
        return f.whole() ? length == n : length >= n && length - n <= tail;
    }

    int rows() {
        return rows;
    }

    /** Whether a row was written with a leading '~'. */
    boolean weak(int row) {
        return weak[row];
    }

    /** Whether a row was written with a leading '^'. */
    boolean joins(int row) {
        return joins[row];
    }

    /** Whether a row was written with a leading '!'. */
    boolean marked(int row) {
        return marked[row];
    }

    /** The first row a folded word (or the word at {@code start..end} of a folded text) belongs to, or -1. */
    int rowOf(String folded, int start, int end) {
        return rowOf(folded, start, end, maxTail);
    }

    /** {@link #rowOf(String, int, int)} with at most {@code tail} letters after a stem. */
    int rowOf(String folded, int start, int end, int tail) {
        if (end <= start) {
            return -1;
        }
        int length = end - start;
        char first = folded.charAt(start);
        Form found = null;
        if (length >= 2) {
            char second = folded.charAt(start + 1);
            found = firstFit(pairs(first, second), folded, start, length, tail);
            if (length >= 3) {
                found = earlier(found, firstFit(triples(first, second, folded.charAt(start + 2)), folded, start,
                        length, tail));
            }
        }
        return rowWithSingles(found, first, length, tail);
    }

    /**
     * {@link #rowOf(String, int, int, int)} of a word of an unfolded text, folded letter by letter
     * as it is compared (no copy of the word is made).
     */
    int rowOfRaw(String text, int start, int end, int tail) {
        if (end <= start) {
            return -1;
        }
        int length = end - start;
        char first = fold(text.charAt(start));
        Form found = null;
        if (length >= 2) {
            char second = fold(text.charAt(start + 1));
            found = firstFitRaw(pairs(first, second), text, start, length, tail);
            if (length >= 3) {
                found = earlier(found, firstFitRaw(triples(first, second, fold(text.charAt(start + 2))), text, start,
                        length, tail));
            }
        }
        return rowWithSingles(found, first, length, tail);
    }

    /** The row of {@code found}, or of a one-letter form of {@code first} that comes before it in the table. */
    private int rowWithSingles(Form found, char first, int length, int tail) {
        Form[] ones = singles[single(first)];
        if (ones != null) {
            for (Form f : ones) {
                if (fits(f, length, tail) && f.text().charAt(0) == first) {
                    found = found == null || f.order() < found.order() ? f : found;
                    break;
                }
            }
        }
        return found == null ? -1 : found.row();
    }

    /** One letter as {@link GlossaryMatcher#fold} writes it. */
    private static char fold(char c) {
        return c < FOLDED.length ? FOLDED[c] : foldLetter(c);
    }

    private static char foldLetter(char c) {
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'ı' -> 'i';
            case 'ё' -> 'е';
            case '’' -> '\'';
            default -> lower;
        };
    }

    /** {@link #foldLetter} of the characters of the four alphabets (below U+0600), looked up rather than worked out. */
    private static final char[] FOLDED = new char[0x600];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldLetter(c);
        }
    }

    int rowOf(String foldedWord) {
        return rowOf(foldedWord, 0, foldedWord.length());
    }

    /** Every row a word at {@code start..end} of a folded text belongs to, marked in {@code into}. */
    void mark(String folded, int start, int end, boolean[] into) {
        if (end <= start) {
            return;
        }
        int length = end - start;
        char first = folded.charAt(start);
        if (length >= 2) {
            char second = folded.charAt(start + 1);
            markFits(pairs(first, second), folded, start, length, into);
            if (length >= 3) {
                markFits(triples(first, second, folded.charAt(start + 2)), folded, start, length, into);
            }
        }
        Form[] ones = singles[single(first)];
        if (ones != null) {
            for (Form f : ones) {
                if (fits(f, length, maxTail) && f.text().charAt(0) == first) {
                    into[f.row()] = true;
                }
            }
        }
    }

    private void markFits(Form[] forms, String folded, int start, int length, boolean[] into) {
        if (forms != null) {
            for (Form f : forms) {
                if (fits(f, length, maxTail) && folded.startsWith(f.text(), start)) {
                    into[f.row()] = true;
                }
            }
        }
    }

    /** {@link #shownIn(String)} of a folded text already split into its words ({@link TextRuns#words}). */
    boolean[] shownIn(List<String> foldedWords) {
        boolean[] out = new boolean[rows];
        for (String word : foldedWords) {
            mark(word, 0, word.length(), out);
        }
        return out;
    }

    /** The rows a folded text shows a form of, at a word start. */
    boolean[] shownIn(String folded) {
        boolean[] out = new boolean[rows];
        int n = folded.length();
        int start = -1;
        for (int i = 0; i <= n; ) {
            int cp = i < n ? TextRuns.codePointAt(folded, i) : ' ';
            if (i < n && TextRuns.isLetterOrNumber(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                mark(folded, start, i, out);
                start = -1;
            }
            i += i < n ? Character.charCount(cp) : 1;
        }
        return out;
    }

    @Override
    public String toString() {
        return "FormIndex" + Arrays.toString(new int[] {rows});
    }
}
