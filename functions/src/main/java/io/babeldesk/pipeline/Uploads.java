package io.babeldesk.pipeline;

/** The uploaded objects, as the publishing system wrote them. Read only: an upload is never changed. */
public interface Uploads {
    /**
     * The bytes of one upload.
     *
     * @throws io.babeldesk.article.IngestRefusal with {@code TOO_LARGE} when the object is over
     *     {@link io.babeldesk.article.ArticleExtractor#MAX_BYTES}, before reading more than that
     */
    byte[] read(String bucket, String key);
}
