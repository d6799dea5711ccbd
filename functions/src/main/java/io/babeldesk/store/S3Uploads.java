package io.babeldesk.store;

import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.IngestRefusal;
import io.babeldesk.article.RefusalCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** Reads uploaded objects, refusing any over the size limit before downloading them. */
public final class S3Uploads {
    private final S3Client s3;

    public S3Uploads(S3Client s3) {
        this.s3 = s3;
    }

    public byte[] read(String bucket, String key) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(GetObjectRequest.builder()
                .bucket(bucket).key(key).build())) {
            Long length = in.response().contentLength();
            if (length != null && length > ArticleExtractor.MAX_BYTES) {
                in.abort();
                throw tooLarge(length);
            }
            return readAtMost(in, ArticleExtractor.MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read s3://" + bucket + "/" + key, e);
        }
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw tooLarge(bytes.length);
        }
        return bytes;
    }

    private static IngestRefusal tooLarge(long length) {
        return new IngestRefusal(RefusalCode.TOO_LARGE, "the file has " + length + " bytes; the limit is "
                + ArticleExtractor.MAX_BYTES + " bytes");
    }
}
