package io.babeldesk.translation;

import io.babeldesk.article.Language;

/**
 * Output tokens the planner expected against what the provider reported, per target language:
 * a ratio far from 1 means the calibration does not fit the deployed model's tokenizer.
 */
public record EstimateCheck(Language target, long calls, long estimatedOutputTokens, long reportedOutputTokens) {
    public double ratio() {
        return estimatedOutputTokens == 0 ? Double.NaN : (double) reportedOutputTokens / estimatedOutputTokens;
    }
}
