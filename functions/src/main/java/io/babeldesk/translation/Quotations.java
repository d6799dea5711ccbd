package io.babeldesk.translation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations of a segment: a quoted clause of the source (four words or more between quotation
 * marks of any of the four languages: "…", “…”, «…», „…“, Armenian ՙ…՚) that opens the segment or
 * follows a colon is direct speech, and a translation that keeps no quotation mark and no speech
 * dash (Armenian and Russian set speech off with dashes: -Կարծում եմ…,- ասաց նա) has lost it or
 * says something else.
 *
 * <p>A quoted phrase inside a sentence (she called it a "very important member of our family") is
 * often turned into plain words by translators, so it is not counted.
 */
final class Quotations {
    private Quotations() {
    }

    /** The marks that open a quotation in the four languages. */
    private static final String OPENING = "\"“«„ՙ";
    /** A quotation that opens the segment, or follows a colon or the end of a sentence: direct speech. */
    private static final Pattern QUOTED = Pattern.compile(
            "(?:^\\s*|[:：]\\s*|\\.\\s)[" + OPENING + "]([^\"”»“՚]{1,2000})[\"”»“՚]");
    /** Quotation marks of the four languages, English single quotes, and speech dashes. */
    private static final Pattern MARK_OR_SPEECH_DASH = Pattern.compile(
            "[\"“”«»„ՙ՚‘’]|(?:^|\\s)'\\w|\\w[.,!?]?'(?:\\s|$)|(?:^|[,.:!?]\\s?)[-–—]\\s?\\S",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MIN_WORDS = 4;

    /** Whether {@code text} quotes a clause of at least four words. */
    static boolean quotesAClause(String text) {
        if (!hasQuotationMark(text)) {
            return false;
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (TextRuns.words(m.group(1)).size() >= MIN_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuotationMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (OPENING.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a translation of a text quoting a clause lost every sign of the quotation. */
    static boolean lost(String source, String translation) {
        return lostFrom(quotesAClause(source), translation);
    }

    /** {@link #lost} of a source whose {@link #quotesAClause} is already known. */
    static boolean lostFrom(boolean sourceQuotes, String translation) {
        return sourceQuotes && !MARK_OR_SPEECH_DASH.matcher(translation).find();
    }
}
