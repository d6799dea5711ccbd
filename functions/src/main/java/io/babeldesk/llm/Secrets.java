package io.babeldesk.llm;

import io.babeldesk.aws.AwsClients;
import io.babeldesk.aws.BuiltOnce;
import io.babeldesk.config.Config;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Secret values kept in AWS Secrets Manager, read the first time they are asked for and then
 * kept for the life of the container. The client is built on that first read too: a function
 * that never needs a secret never builds it, and under SnapStart neither the client nor the
 * secret is in the snapshot.
 *
 * <p>AWS_ENDPOINT_URL_SECRETS_MANAGER (else AWS_ENDPOINT_URL) points it at an emulator
 * (moto_server, LocalStack), as for every AWS client ({@link AwsClients}).
 */
public final class Secrets {
    private final Supplier<SecretsManagerClient> client;
    private final Map<String, String> values = new ConcurrentHashMap<>();

    /** Secrets read through the configuration's AWS clients (endpoint, region, credentials). */
    public Secrets(Config config) {
        this(BuiltOnce.of(() -> new AwsClients(config).secretsManager()));
    }

    /** @param client asked for at the first read of a secret that is not kept yet */
    public Secrets(Supplier<SecretsManagerClient> client) {
        this.client = client;
    }

    /**
     * The text of a secret (its SecretString, surrounding whitespace removed).
     *
     * @param secretId the secret's ARN or name
     * @throws SecretUnavailableException when it cannot be read or holds no text; nothing is
     *     kept then, so the next call asks again
     */
    public String value(String secretId) {
        return values.computeIfAbsent(secretId, this::read);
    }

    private String read(String secretId) {
        GetSecretValueResponse response;
        try {
            response = client.get().getSecretValue(r -> r.secretId(secretId));
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

    /** A secret could not be read, or holds no text. */
    public static final class SecretUnavailableException extends IllegalStateException {
        public SecretUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
