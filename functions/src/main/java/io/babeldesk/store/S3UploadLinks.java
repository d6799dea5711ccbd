package io.babeldesk.store;

import io.babeldesk.pipeline.UploadLinks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** Presigned S3 PUT URLs for the upload bucket, signed with the function's own credentials. */
public final class S3UploadLinks implements UploadLinks {
    private final Supplier<S3Presigner> presigner;
    private final String bucket;

    /** @param presigner built on first use: presigning needs no network, only credentials and a region */
    public S3UploadLinks(Supplier<S3Presigner> presigner, String bucket) {
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public Link putLink(String key, String contentType, Duration validFor) {
        PresignedPutObjectRequest signed = presigner.get().presignPutObject(r -> r.signatureDuration(validFor)
                .putObjectRequest(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build()));
        Map<String, String> headers = new LinkedHashMap<>();
        // the headers that were signed, except Host, which the browser sets itself
        signed.signedHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values == null ? List.of() : values));
            }
        });
        headers.putIfAbsent("content-type", contentType);
        return new Link(signed.url().toString(), headers);
    }
}
