package io.babeldesk.pipeline;

/**
 * A job that cannot start now and must come back later: another invocation holds its lease. The
 * handler returns its message for retry instead of counting it as a failure of the work itself.
 */
public final class JobDeferredException extends RuntimeException {
    public JobDeferredException(String message) {
        super(message);
    }
}
