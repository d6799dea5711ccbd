package io.babeldesk.translation;

/** Model calls and tokens spent on one piece of work. */
public record Usage(int calls, long inputTokens, long outputTokens) {
    public static final Usage NONE = new Usage(0, 0, 0);

    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }
}
