package io.babeldesk.article;

/**
 * An upload that cannot become an article, for a reason the publisher caused. It is recorded
 * with its code and never retried: the same bytes would be refused again.
 */
public final class IngestRefusal extends RuntimeException {
    private final RefusalCode code;

    public IngestRefusal(RefusalCode code, String message) {
        super(message);
        this.code = code;
    }

    /** An upload over {@link ArticleExtractor#MAX_BYTES}, refused before more than that is read. */
    public static IngestRefusal tooLarge(long bytes) {
        return new IngestRefusal(RefusalCode.TOO_LARGE, "the file has " + bytes + " bytes; the limit is "
                + ArticleExtractor.MAX_BYTES + " bytes");
    }

    public RefusalCode code() {
        return code;
    }
}
