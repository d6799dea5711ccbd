package io.babeldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.aws.AwsClients;
import io.babeldesk.config.Config;
import io.babeldesk.pipeline.UploadLinks;
import io.babeldesk.testing.MotoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** A presigned link accepts one PUT of exactly the named key, with the headers it lists (on moto_server). */
class S3UploadLinksTest {
    @Test
    void aBrowserLikePutThroughTheLinkStoresTheUpload() throws Exception {
        Config config = new Config(Map.of("AWS_ENDPOINT_URL", MotoServer.get().endpoint(), "AWS_REGION", "us-east-1"));
        AwsClients aws = new AwsClients(config);
        S3Client s3 = aws.s3();
        String bucket = "links-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(r -> r.bucket(bucket));
        S3UploadLinks links = new S3UploadLinks(aws::s3Presigner, bucket);

        String key = "incoming/Второй-материал.txt";
        UploadLinks.Link link = links.putLink(key, "text/plain; charset=utf-8", Duration.ofMinutes(10));
        assertTrue(link.url().startsWith(MotoServer.get().endpoint() + "/" + bucket + "/incoming/"), link.url());
        assertTrue(link.url().contains("X-Amz-Signature="), link.url());
        assertEquals("text/plain; charset=utf-8", link.headers().get("content-type"));

        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(link.url()))
                .PUT(HttpRequest.BodyPublishers.ofString("Заголовок\n\nТекст статьи.", StandardCharsets.UTF_8));
        link.headers().forEach(put::header);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(put.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Заголовок\n\nТекст статьи.", s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String());
    }
}
