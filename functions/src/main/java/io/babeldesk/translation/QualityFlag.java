package io.babeldesk.translation;

/** Stable codes of the quality checks a translation can fail; stored with it and shown to editors. */
public enum QualityFlag {
    /** The text is in another language than the target (lingua, on segments long enough to tell). */
    WRONG_LANGUAGE,
    /** Too few of the letters are in the target language's script. */
    WRONG_SCRIPT,
    /** The segments did not come back with the numbers and order they were sent with. */
    SEGMENT_MISMATCH,
    /** The model stopped at its output limit: the text may be cut short. */
    TRUNCATED,
    /** A number of the source is not in the translation. */
    MISSING_NUMBER,
    /** The translation has a number the source has neither in digits nor in words: changed or made up. */
    ADDED_NUMBER,
    /** A proper name of the source (in any script) is neither in the translation nor transliterated there. */
    MISSING_NAME,
    /**
     * The text names people or places its source does not: a translation whose names are all foreign
     * to the source (another text), or a summary naming someone its article does not.
     */
    ADDED_NAME,
    /** The translation stops mid-sentence where the source ends its sentence: a part is missing. */
    INCOMPLETE,
    /** A glossary term of the source is not rendered in the translation. */
    MISSING_TERM,
    /** The translation is far shorter or longer than translations between these languages are. */
    LENGTH_RATIO,
    /** The model declined instead of translating. */
    REFUSAL,
    /** The model sent the source back untranslated. */
    ECHO,
    /** A summary is longer than the words it was asked for allow. */
    TOO_LONG,
    /** A summary is nearly as long as its article: the article returned as its own summary. */
    COPIED_ARTICLE,
    /** The reviewer model found major or critical errors a repair did not fix (or could not review). */
    REVIEW,
    /** The source quotes someone and the translation keeps no quotation mark or speech dash: the quote is lost. */
    MISSING_QUOTE;

    /**
     * Whether a finding of this check holds its language for review on its own, unless the check
     * says otherwise for the finding at hand. Numbers the translators write in words or localise,
     * names they translate, lengths somewhat off the usual and a sentence that ends without its
     * full stop are common on correct translations: those checks are soft, and count against a
     * budget per article. A changed or added number, another language or script, the source sent
     * back, a refusal, lost or cut segments and summaries that are not summaries are hard.
     */
    public boolean hardByDefault() {
        return switch (this) {
            case MISSING_NUMBER, MISSING_NAME, ADDED_NAME, INCOMPLETE, MISSING_TERM, LENGTH_RATIO, MISSING_QUOTE -> false;
            default -> true;
        };
    }
}
