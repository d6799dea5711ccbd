package io.babeldesk.translation;

import io.babeldesk.article.Language;

/**
 * Estimates of the tokens a text costs, per language pair, from which chunks are planned and
 * output limits set.
 *
 * <p>Calibration: the parallel news corpus the team keeps beside the project (957 professional
 * translations of the same English news sentences into ru, hy and az, 119k English characters),
 * tokenised with OpenAI's cl100k_base and o200k_base encodings (jtokkit 1.1.0). Figures are
 * tokens of the whole target side divided by characters of the whole source side:
 * <pre>
 *   source\target    en            ru            hy            az        (cl100k / o200k)
 *   en           0.212/0.210   0.527/0.311   1.924/0.365   0.526/0.345
 *   ru           0.193/0.191   0.479/0.283   1.749/0.332   0.478/0.313
 *   hy           0.199/0.198   0.495/0.293   1.807/0.343   0.494/0.324
 *   az           0.196/0.194   0.487/0.288   1.776/0.337   0.486/0.318
 * </pre>
 * The table below uses the cl100k figures: the tokenizers of the models babeldesk runs on are
 * not published, older vocabularies spend up to five times more tokens on Armenian than newer
 * ones, and an estimate that is too high only costs smaller chunks while one that is too low
 * truncates output. The engine compares each estimate with the usage the provider reports
 * ({@link TranslationEngine#estimateAccuracy()}) so the figures can be checked per deployment.
 */
public final class TokenEstimator {
    /** Output tokens per source character, [source][target] in {@link Language} order. */
    private static final double[][] OUTPUT_PER_SOURCE_CHAR = {
            {0.212, 0.527, 1.924, 0.526},
            {0.193, 0.479, 1.749, 0.478},
            {0.199, 0.495, 1.807, 0.494},
            {0.196, 0.487, 1.776, 0.486},
    };
    /** Tokens per character of text in its own language (the diagonal of the table above). */
    private static final double[] TOKENS_PER_CHAR = {0.212, 0.479, 1.807, 0.486};
    /** {@code <seg id="12">…</seg>} and its line break. */
    private static final int SEGMENT_MARKUP_TOKENS = 10;

    private TokenEstimator() {
    }

    public static double outputPerSourceChar(Language source, Language target) {
        return OUTPUT_PER_SOURCE_CHAR[source.ordinal()][target.ordinal()];
    }

    /** Tokens the translation of one segment is expected to take, its markup included. */
    public static int outputTokens(String sourceText, Language source, Language target) {
        return SEGMENT_MARKUP_TOKENS + (int) Math.ceil(sourceText.length() * outputPerSourceChar(source, target));
    }

    /** Tokens a text costs as input. */
    public static int inputTokens(String text, Language language) {
        return (int) Math.ceil(text.length() * TOKENS_PER_CHAR[language.ordinal()]);
    }

    /** Tokens a text costs as model output in its own language. */
    public static int tokensOf(String text, Language language) {
        return inputTokens(text, language);
    }
}
