package io.babeldesk.llm;

import io.babeldesk.config.Config;

/** Numeric model settings read from {@link Config}, failing with the variable's name when malformed. */
final class Settings {
    private Settings() {
    }

    static int positiveInt(Config config, String name, int fallback) {
        String raw = config.get(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the variable's name, which the bare NumberFormatException lacks
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, was '" + raw + "'");
    }
}
