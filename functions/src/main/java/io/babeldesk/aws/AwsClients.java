package io.babeldesk.aws;

import io.babeldesk.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS clients, built once per container from {@link Config}. With AWS_ENDPOINT_URL set they
 * talk to an emulator (moto_server, LocalStack); otherwise to AWS.
 *
 * <p>The URL-connection HTTP client: it starts fastest (no Netty or Apache pools to build, no
 * native library like CRT), which is what a Lambda cold start pays for, and the functions make
 * few concurrent AWS calls per container.
 */
public final class AwsClients {
    private final Config config;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;

    public AwsClients(Config config) {
        this.config = config;
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
        this.credentials = credentials(config);
    }

    /**
     * Keys from the configuration when it has them (on Lambda the role's keys are in the
     * environment): read there, without loading the default chain's profile, SSO, web-identity,
     * container and instance providers at cold start. An emulator without keys gets test keys.
     */
    static AwsCredentialsProvider credentials(Config config) {
        Optional<String> keyId = config.get("AWS_ACCESS_KEY_ID");
        Optional<String> secret = config.get("AWS_SECRET_ACCESS_KEY");
        if (keyId.isPresent() && secret.isPresent()) {
            Optional<String> session = config.get("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(session.isPresent()
                    ? AwsSessionCredentials.create(keyId.get(), secret.get(), session.get())
                    : AwsBasicCredentials.create(keyId.get(), secret.get()));
        }
        boolean emulator = java.util.stream.Stream.of("S3", "SQS", "DYNAMODB", "SECRETS_MANAGER", "EVENTBRIDGE")
                .anyMatch(service -> config.awsEndpoint(service).isPresent());
        return emulator
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))
                : DefaultCredentialsProvider.builder().build();
    }

    public S3Client s3() {
        var b = S3Client.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(config.region())).overrideConfiguration(overrides());
        config.awsEndpoint("S3").ifPresent(e -> b.endpointOverride(URI.create(e)).forcePathStyle(true));
        return b.build();
    }

    /** Signs upload links for browsers; against an emulator, with path-style URLs as the S3 client uses. */
    public S3Presigner s3Presigner() {
        var b = S3Presigner.builder().credentialsProvider(credentials).region(Region.of(config.region()));
        config.awsEndpoint("S3").ifPresent(e -> b.endpointOverride(URI.create(e))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return b.build();
    }

    public DynamoDbClient dynamo() {
        var b = DynamoDbClient.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(config.region())).overrideConfiguration(overrides());
        config.awsEndpoint("DYNAMODB").ifPresent(e -> b.endpointOverride(URI.create(e)));
        return b.build();
    }

    public SqsClient sqs() {
        var b = SqsClient.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(config.region())).overrideConfiguration(overrides());
        config.awsEndpoint("SQS").ifPresent(e -> b.endpointOverride(URI.create(e)));
        return b.build();
    }

    /** For article events; AWS_ENDPOINT_URL_EVENTBRIDGE (else AWS_ENDPOINT_URL) points it at an emulator. */
    public EventBridgeClient eventBridge() {
        // an event is one small call after the work is stored: a bus that does not answer must not
        // hold the invocation for the other clients' minute
        var b = EventBridgeClient.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(config.region()))
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(10)).build());
        config.awsEndpoint("EVENTBRIDGE").ifPresent(e -> b.endpointOverride(URI.create(e)));
        return b.build();
    }

    /** For the model provider's key; AWS_ENDPOINT_URL_SECRETS_MANAGER (else AWS_ENDPOINT_URL) points it at an emulator. */
    public SecretsManagerClient secretsManager() {
        var b = SecretsManagerClient.builder().httpClient(http).credentialsProvider(credentials)
                .region(Region.of(config.region())).overrideConfiguration(overrides());
        config.awsEndpoint("SECRETS_MANAGER").ifPresent(e -> b.endpointOverride(URI.create(e)));
        return b.build();
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(60))
                .build();
    }
}
