package io.babeldesk.pipeline;

/** What became of one uploaded object. */
public record IngestOutcome(Kind kind, String articleId, String version, String code, String message) {
    public enum Kind {
        /** A new version was stored and its jobs queued. */
        ACCEPTED,
        /** This version is already stored: nothing written, nothing queued. */
        DUPLICATE,
        /** Refused with a recorded reason; not retried. */
        REFUSED,
        /** Not an article upload (folder marker, outside incoming/). */
        IGNORED
    }

    public static IngestOutcome ignored(String why) {
        return new IngestOutcome(Kind.IGNORED, null, null, null, why);
    }
}
