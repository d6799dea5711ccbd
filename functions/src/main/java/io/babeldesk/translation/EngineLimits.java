package io.babeldesk.translation;

import io.babeldesk.config.Config;

/**
 * How much the engine may do at once and per call.
 *
 * @param chunkConcurrency model calls in flight for one article and language
 * @param globalConcurrency model calls in flight in this JVM, all articles together
 * @param maxChunkOutputTokens the most output one call is planned for (below the model's limit)
 * @param minChunkOutputTokens the least output worth a call of its own when spreading work
 */
public record EngineLimits(int chunkConcurrency, int globalConcurrency, int maxChunkOutputTokens,
                           int minChunkOutputTokens) {
    public static final EngineLimits DEFAULTS = new EngineLimits(32, 64, 4000, 1500);

    public EngineLimits {
        if (chunkConcurrency < 1 || globalConcurrency < 1 || minChunkOutputTokens < 1
                || maxChunkOutputTokens < minChunkOutputTokens) {
            throw new IllegalArgumentException("invalid engine limits: " + chunkConcurrency + ", "
                    + globalConcurrency + ", " + maxChunkOutputTokens + ", " + minChunkOutputTokens);
        }
    }

    /** Limits from BABELDESK_TRANSLATE_* settings, each falling back to its default. */
    public static EngineLimits from(Config config) {
        return new EngineLimits(
                config.getInt("BABELDESK_TRANSLATE_CHUNK_CONCURRENCY", DEFAULTS.chunkConcurrency()),
                config.getInt("BABELDESK_TRANSLATE_GLOBAL_CONCURRENCY", DEFAULTS.globalConcurrency()),
                config.getInt("BABELDESK_TRANSLATE_MAX_CHUNK_TOKENS", DEFAULTS.maxChunkOutputTokens()),
                config.getInt("BABELDESK_TRANSLATE_MIN_CHUNK_TOKENS", DEFAULTS.minChunkOutputTokens()));
    }
}
