package io.babeldesk.store.memory;

import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.IngestRefusal;
import io.babeldesk.pipeline.Uploads;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Uploads held in memory, for tests of ingestion without S3; refuses oversized objects as S3Uploads does. */
public final class InMemoryUploads implements Uploads {
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    public void put(String bucket, String key, byte[] bytes) {
        objects.put(bucket + "/" + key, bytes.clone());
    }

    @Override
    public byte[] read(String bucket, String key) {
        byte[] bytes = objects.get(bucket + "/" + key);
        if (bytes == null) {
            throw new IllegalStateException("no object s3://" + bucket + "/" + key);
        }
        if (bytes.length > ArticleExtractor.MAX_BYTES) {
            throw IngestRefusal.tooLarge(bytes.length);
        }
        return bytes.clone();
    }
}
