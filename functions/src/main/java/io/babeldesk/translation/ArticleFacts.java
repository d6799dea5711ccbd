package io.babeldesk.translation;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * What the summary checks read from a whole article: its folded text, the sound skeletons of its
 * capitalised words and its numbers. An article's summary is checked in its own language and once
 * per target language against the same article; the facts of the last article are kept, so that
 * each is read once, and each only when a summary has something to look up there.
 */
final class ArticleFacts {
    /** The last article's facts: the same article comes back for each target language. */
    private static volatile ArticleFacts last;

    private final String text;
    private final Language language;
    private String folded;
    private List<String> skeletons;
    private List<QualityGate.NumberMention> numbers;

    private ArticleFacts(String text, Language language) {
        this.text = text;
        this.language = language;
    }

    /** The facts of an article in its language, read anew unless they are the last article's. */
    static ArticleFacts of(String text, Language language) {
        ArticleFacts facts = last;
        if (facts == null || facts.language != language || !facts.text.equals(text)) {
            facts = new ArticleFacts(text, language);
            last = facts;
        }
        return facts;
    }

    Language language() {
        return language;
    }

    synchronized String folded() {
        if (folded == null) {
            folded = GlossaryMatcher.fold(text);
        }
        return folded;
    }

    /** The consonant skeletons of the article's capitalised words (English "au" also as "av": Caucasus, Кавказ). */
    synchronized List<String> skeletons() {
        if (skeletons == null) {
            List<String> out = new ArrayList<>();
            for (String word : TextRuns.words(text)) {
                if (Character.isUpperCase(word.codePointAt(0))) {
                    String foldedWord = GlossaryMatcher.fold(word);
                    String s = Names.skeleton(foldedWord, language);
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                    if (language == Language.EN && foldedWord.contains("au")) {
                        // English "au" is "av" in the other three languages: Caucasus, Кавказ, Կովկաս, Qafqaz
                        out.add(Names.skeleton(foldedWord.replace("au", "av"), language));
                    }
                }
            }
            skeletons = List.copyOf(out);
        }
        return skeletons;
    }

    synchronized List<QualityGate.NumberMention> numbers() {
        if (numbers == null) {
            numbers = List.copyOf(QualityGate.numbers(text));
        }
        return numbers;
    }
}
