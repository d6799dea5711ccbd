package io.babeldesk.pipeline;

import java.time.Duration;
import java.util.Map;

/**
 * Links that let a browser upload one article straight into the bucket's {@code incoming/}, where
 * the upload starts the same ingestion as any other.
 */
public interface UploadLinks {
    /**
     * A URL that accepts one HTTP PUT of {@code key} for {@code validFor}.
     *
     * @param contentType the Content-Type the PUT must send (it is part of the signature)
     */
    Link putLink(String key, String contentType, Duration validFor);

    /** Where to PUT, and the headers the PUT must carry. */
    record Link(String url, Map<String, String> headers) {
    }
}
