package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.config.Config;
import io.babeldesk.testing.MotoServer;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Secrets read from Secrets Manager (moto_server standing in for it). */
class SecretsTest {
    private static SecretsManagerClient admin;

    @BeforeAll
    static void connect() {
        admin = admin();
    }

    /** A client of the test's own, for creating and deleting secrets behind the reader's back. */
    static SecretsManagerClient admin() {
        return SecretsManagerClient.builder()
                .endpointOverride(URI.create(MotoServer.get().endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static Config motoConfig() {
        return new Config(Map.of("AWS_ENDPOINT_URL", MotoServer.get().endpoint(), "AWS_REGION", "us-east-1"));
    }

    static String uniqueName() {
        return "babeldesk/test-" + UUID.randomUUID();
    }

    @Test
    void readsTheSecretsTextByArnOrName() {
        String name = uniqueName();
        String arn = admin.createSecret(r -> r.name(name).secretString("  sk-from-secrets-manager\n")).arn();
        Secrets secrets = new Secrets(motoConfig());

        assertEquals("sk-from-secrets-manager", secrets.value(arn));
        assertEquals("sk-from-secrets-manager", secrets.value(name));
    }

    @Test
    void readsEachSecretOnceAndKeepsItForTheContainer() {
        String name = uniqueName();
        String arn = admin.createSecret(r -> r.name(name).secretString("sk-first")).arn();
        Secrets secrets = new Secrets(motoConfig());
        assertEquals("sk-first", secrets.value(arn));

        admin.putSecretValue(r -> r.secretId(arn).secretString("sk-rotated"));
        admin.deleteSecret(r -> r.secretId(arn).forceDeleteWithoutRecovery(true));

        assertEquals("sk-first", secrets.value(arn), "a second read would have failed: the secret is gone");
    }

    @Test
    void missingSecretFailsNamingItAndIsAskedForAgainNextTime() {
        String name = uniqueName();
        Secrets secrets = new Secrets(motoConfig());

        Secrets.SecretUnavailableException e = assertThrows(Secrets.SecretUnavailableException.class,
                () -> secrets.value(name));
        assertTrue(e.getMessage().startsWith("could not read secret " + name + " from Secrets Manager"), e.getMessage());

        admin.createSecret(r -> r.name(name).secretString("sk-late"));
        assertEquals("sk-late", secrets.value(name));
    }

    @Test
    void secretWithoutTextFailsSayingHowToStoreTheKey() {
        String name = uniqueName();
        admin.createSecret(r -> r.name(name).secretBinary(SdkBytes.fromUtf8String("binary")));

        Secrets.SecretUnavailableException e = assertThrows(Secrets.SecretUnavailableException.class,
                () -> new Secrets(motoConfig()).value(name));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains("--secret-string"), e.getMessage());
    }

    @Test
    void secretsManagerEndpointOfItsOwnWinsOverTheSharedOne() {
        String name = uniqueName();
        admin.createSecret(r -> r.name(name).secretString("sk-own-endpoint"));
        Config config = new Config(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:9", "AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL_SECRETS_MANAGER", MotoServer.get().endpoint()));

        assertEquals("sk-own-endpoint", new Secrets(config).value(name));
    }
}
