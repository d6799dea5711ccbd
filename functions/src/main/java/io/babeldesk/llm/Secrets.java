package io.babeldesk.llm;

import io.babeldesk.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Secret values kept in AWS Secrets Manager, read the first time they are asked for and then
 * kept for the life of the container. The client is built on that first read too: a function
 * that never needs a secret never builds it, and under SnapStart neither the client nor the
 * secret is in the snapshot.
 *
 * <p>AWS_ENDPOINT_URL_SECRETS_MANAGER (else AWS_ENDPOINT_URL) points it at an emulator
 * (moto_server, LocalStack).
 */
public final class Secrets {
    private final Config config;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private SecretsManagerClient client;

    public Secrets(Config config) {
        this.config = config;
    }

    /**
     * The text of a secret (its SecretString, surrounding whitespace removed).
     *
     * @param secretId the secret's ARN or name
     * @throws SecretUnavailableException when it cannot be read or holds no text; nothing is
     *     kept then, so the next call asks again
     */
    public String value(String secretId) {
        String known = values.get(secretId);
        if (known != null) {
            return known;
        }
        String read = read(secretId);
        values.put(secretId, read);
        return read;
    }

    private String read(String secretId) {
        GetSecretValueResponse response;
        try {
            response = client().getSecretValue(r -> r.secretId(secretId));
        } catch (SdkException e) {
            throw new SecretUnavailableException("could not read secret " + secretId + " from Secrets Manager: "
                    + e.getMessage(), e);
        }
        String text = response.secretString();
        if (text == null || text.isBlank()) {
            throw new SecretUnavailableException("secret " + secretId
                    + " holds no text: store the key itself as the secret's plain-text value (--secret-string)", null);
        }
        return text.strip();
    }

    private synchronized SecretsManagerClient client() {
        if (client == null) {
            var builder = SecretsManagerClient.builder()
                    .region(Region.of(config.region()))
                    .credentialsProvider(credentials())
                    .httpClient(UrlConnectionHttpClient.builder()
                            .connectionTimeout(Duration.ofSeconds(5))
                            .socketTimeout(Duration.ofSeconds(10))
                            .build())
                    .overrideConfiguration(ClientOverrideConfiguration.builder()
                            .apiCallTimeout(Duration.ofSeconds(20))
                            .build());
            config.awsEndpoint("SECRETS_MANAGER").ifPresent(e -> builder.endpointOverride(URI.create(e)));
            client = builder.build();
        }
        return client;
    }

    /**
     * As for the other AWS clients: the keys in the environment when there are some (on Lambda,
     * the role's), test keys for an emulator, else the default chain.
     */
    private AwsCredentialsProvider credentials() {
        Optional<String> keyId = config.get("AWS_ACCESS_KEY_ID");
        Optional<String> secret = config.get("AWS_SECRET_ACCESS_KEY");
        if (keyId.isPresent() && secret.isPresent()) {
            Optional<String> session = config.get("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(session.isPresent()
                    ? AwsSessionCredentials.create(keyId.get(), secret.get(), session.get())
                    : AwsBasicCredentials.create(keyId.get(), secret.get()));
        }
        return config.awsEndpoint("SECRETS_MANAGER").isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))
                : DefaultCredentialsProvider.builder().build();
    }

    /** A secret could not be read, or holds no text. */
    public static final class SecretUnavailableException extends IllegalStateException {
        public SecretUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
