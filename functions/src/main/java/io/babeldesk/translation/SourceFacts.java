package io.babeldesk.translation;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the quality gate reads from a segment's source, whatever the target: its folded text and
 * words, the names it may copy, its numbers and months, and its proper names. A segment is checked
 * once per target language against the same source, so {@link Cache} keeps them and each is read
 * once per article rather than once per language.
 *
 * <p>Immutable once read; the parts read lazily (the names, and what {@link #lookedIn} reads, which
 * only some segments need) may be read twice by two threads at once, with the same result.
 */
final class SourceFacts {
    final String text;
    final Language language;
    /** {@link GlossaryMatcher#fold} of the source, with every run of whitespace as one space. */
    final String foldedOneLine;
    /** The source's words ({@link TextRuns#words}), as written. */
    final List<String> words;
    /**
     * The words a translation may copy as they are: capitalised ones and ones with digits, folded
     * ({@link QualityGate#copyable}). A segment has a few, compared one by one.
     */
    private final String[] copyable;
    /** The first character of each {@link #copyable} word: most words of a translation start with none of them. */
    private final String copyableStarts;
    /** Whether the source quotes a clause ({@link Quotations#quotesAClause}). */
    final boolean quotes;
    final List<QualityGate.NumberMention> numbers;
    /** The months the source names ({@link Months#named}). */
    final int months;
    /** The folded source as names of a translation are looked for in it. */
    final Names.Text lookedIn;
    private volatile Scan names;

    /** The source's names for one direction, and the glossary terms they were read with. */
    private record Scan(Names.Scanned scanned, List<GlossaryEntry> terms, boolean intoEnglish) {
    }

    private SourceFacts(String text, Language language) {
        this.text = text;
        this.language = language;
        String folded = GlossaryMatcher.fold(text);
        this.foldedOneLine = TextRuns.oneSpace(folded);
        this.words = List.copyOf(TextRuns.words(text));
        this.copyable = QualityGate.copyable(words).toArray(String[]::new);
        StringBuilder starts = new StringBuilder();
        for (String word : copyable) {
            if (starts.indexOf(word.substring(0, 1)) < 0) {
                starts.append(word.charAt(0));
            }
        }
        this.copyableStarts = starts.toString();
        this.quotes = Quotations.quotesAClause(text);
        this.numbers = List.copyOf(QualityGate.numbers(text));
        this.months = Months.named(text, language);
        this.lookedIn = new Names.Text(folded, language, null);
    }

    /** Whether a folded word of a translation is one of the source's {@link #copyable} words. */
    boolean copied(String foldedWord) {
        if (foldedWord.isEmpty() || copyableStarts.indexOf(foldedWord.charAt(0)) < 0) {
            return false;
        }
        for (String word : copyable) {
            if (word.equals(foldedWord)) {
                return true;
            }
        }
        return false;
    }

    /** The source's names and words of the table as {@link Names#scanned} reads them towards {@code target}. */
    Names.Scanned names(Language target, List<GlossaryEntry> terms) {
        boolean intoEnglish = language != Language.EN && target == Language.EN;
        Scan scan = names;
        if (scan == null || scan.intoEnglish() != intoEnglish || !scan.terms().equals(terms)) {
            scan = new Scan(Names.scanned(text, language, target, terms), List.copyOf(terms), intoEnglish);
            names = scan;
        }
        return scan.scanned();
    }

    /**
     * The facts of the sources last checked, by text and language: an article's segments come back
     * once per target language. Bounded: it is emptied when it holds {@link #LIMIT} sources, more than
     * the segments of the longest article.
     */
    static final class Cache {
        static final int LIMIT = 4096;

        private record Key(String text, Language language) {
        }

        private final ConcurrentHashMap<Key, SourceFacts> facts = new ConcurrentHashMap<>();

        SourceFacts of(String text, Language language) {
            Key key = new Key(text, language);
            SourceFacts found = facts.get(key);
            if (found != null) {
                return found;
            }
            if (facts.size() >= LIMIT) {
                facts.clear();
            }
            SourceFacts read = new SourceFacts(text, language);
            SourceFacts raced = facts.putIfAbsent(key, read);
            return raced != null ? raced : read;
        }

        int size() {
            return facts.size();
        }
    }
}
