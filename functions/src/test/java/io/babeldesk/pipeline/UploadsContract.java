package io.babeldesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.IngestRefusal;
import io.babeldesk.article.RefusalCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What every {@link Uploads} must do; the S3 and in-memory adapters run the same cases. */
public abstract class UploadsContract {

    protected abstract Uploads uploads();

    /** Puts an object where {@link #uploads()} reads; returns its bucket. */
    protected abstract String put(String key, byte[] bytes);

    @Test
    void anUploadIsReadAsItsBytes() {
        byte[] bytes = "Заголовок\n\nТекст статьи.".getBytes(StandardCharsets.UTF_8);
        String bucket = put("incoming/a b+c.txt", bytes);
        assertArrayEquals(bytes, uploads().read(bucket, "incoming/a b+c.txt"));
    }

    @Test
    void anUploadOverTheLimitIsRefusedAsTooLarge() {
        String bucket = put("incoming/huge.txt", new byte[ArticleExtractor.MAX_BYTES + 1]);
        IngestRefusal refusal = assertThrows(IngestRefusal.class, () -> uploads().read(bucket, "incoming/huge.txt"));
        assertEquals(RefusalCode.TOO_LARGE, refusal.code());
    }
}
