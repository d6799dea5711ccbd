package io.babeldesk.store;

import io.babeldesk.pipeline.Uploads;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.IngestRefusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** Reads uploaded objects, refusing any over the size limit before downloading them. */
public final class S3Uploads implements Uploads {
    private final S3Client s3;

    public S3Uploads(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public byte[] read(String bucket, String key) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(GetObjectRequest.builder()
                .bucket(bucket).key(key).build())) {
            Long length = in.response().contentLength();
            if (length != null && length > ArticleExtractor.MAX_BYTES) {
                in.abort();
                throw IngestRefusal.tooLarge(length);
            }
            return readAtMost(in, ArticleExtractor.MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read s3://" + bucket + "/" + key, e);
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw IngestRefusal.tooLarge(bytes.length);
        }
        return bytes;
    }
}
