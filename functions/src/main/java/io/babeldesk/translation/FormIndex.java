package io.babeldesk.translation;

import io.babeldesk.glossary.GlossaryMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of word forms (one row a thing named in several languages) indexed by their first two
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
    /** Forms of two letters or more, by their first two letters: a word is compared with the few that start as it does. */
    private final Form[][] buckets = new Form[BUCKETS][];
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
        for (int b = 0; b < BUCKETS; b++) {
            lists.add(new ArrayList<>());
            singleLists.add(new ArrayList<>());
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
                        add(lists, singleLists, new Form(GlossaryMatcher.fold(stem + ending), true, r, order[0]++));
                    }
                } else {
                    String folded = GlossaryMatcher.fold(f);
                    add(lists, singleLists, new Form(folded, shortWhole && folded.length() <= 3, r, order[0]++));
                }
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            buckets[b] = lists.get(b).isEmpty() ? null : lists.get(b).toArray(new Form[0]);
            singles[b] = singleLists.get(b).isEmpty() ? null : singleLists.get(b).toArray(new Form[0]);
        }
    }

    private static void add(List<List<Form>> lists, List<List<Form>> singleLists, Form form) {
        String text = form.text();
        if (text.length() == 1) {
            singleLists.get(single(text.charAt(0))).add(form);
        } else if (!text.isEmpty()) {
            lists.get(pair(text.charAt(0), text.charAt(1))).add(form);
        }
    }

    private static int pair(char first, char second) {
        int h = first * 0x9E3779B1 + second;
        return (h ^ (h >>> 16)) & (BUCKETS - 1);
    }

    private static int single(char c) {
        return c & (BUCKETS - 1);
    }

    /**
     * The forms a word of {@code length} letters starting with these two (folded) letters may be:
     * null when none (a word of one letter has no second).
     */
    private Form[] candidates(char first, char second, int length) {
        return length >= 2 ? buckets[pair(first, second)] : null;
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
        Form[] forms = candidates(first, length >= 2 ? folded.charAt(start + 1) : 0, length);
        if (forms != null) {
            for (Form f : forms) {
                if (fits(f, length, tail) && folded.startsWith(f.text(), start)) {
                    found = f;
                    break;
                }
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
        Form[] forms = candidates(first, length >= 2 ? fold(text.charAt(start + 1)) : 0, length);
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
                    found = f;
                    break;
                }
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
        Form[] forms = candidates(first, length >= 2 ? folded.charAt(start + 1) : 0, length);
        if (forms != null) {
            for (Form f : forms) {
                if (fits(f, length, maxTail) && folded.startsWith(f.text(), start)) {
                    into[f.row()] = true;
                }
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

    /** The rows a folded text shows a form of, at a word start. */
    boolean[] shownIn(String folded) {
        boolean[] out = new boolean[rows];
        int n = folded.length();
        int start = -1;
        for (int i = 0; i <= n; ) {
            int cp = i < n ? folded.codePointAt(i) : ' ';
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
