package io.babeldesk.aws;

import java.util.function.Supplier;

/**
 * A client built on its first use and the same one after: a function that never needs a
 * client (the API rarely writes to S3 or SQS) does not pay for it at cold start.
 */
public final class BuiltOnce<T> implements Supplier<T> {
    private final Supplier<T> build;
    private T value;

    private BuiltOnce(Supplier<T> build) {
        this.build = build;
    }

    public static <T> Supplier<T> of(Supplier<T> build) {
        return new BuiltOnce<>(build);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = build.get();
        }
        return value;
    }
}
