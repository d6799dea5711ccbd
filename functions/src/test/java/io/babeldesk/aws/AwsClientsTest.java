package io.babeldesk.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.babeldesk.config.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

class AwsClientsTest {

    @Test
    void keysInTheConfigurationAreUsedAsTheyAreWithTheirSessionToken() {
        // what Lambda puts in a function's environment without SnapStart
        AwsCredentials credentials = AwsClients.credentials(new Config(Map.of(
                "AWS_ACCESS_KEY_ID", "ASIAEXAMPLE", "AWS_SECRET_ACCESS_KEY", "secret",
                "AWS_SESSION_TOKEN", "token"))).resolveCredentials();
        AwsSessionCredentials session = assertInstanceOf(AwsSessionCredentials.class, credentials);
        assertEquals("ASIAEXAMPLE", session.accessKeyId());
        assertEquals("secret", session.secretAccessKey());
        assertEquals("token", session.sessionToken());
    }

    @Test
    void anEmulatorWithoutKeysGetsTestKeys() {
        AwsCredentials credentials = AwsClients.credentials(new Config(Map.of(
                "AWS_ENDPOINT_URL", "http://127.0.0.1:5000"))).resolveCredentials();
        assertEquals("test", credentials.accessKeyId());
        assertFalse(credentials instanceof AwsSessionCredentials);
    }

    @Test
    void withoutKeysOrEmulatorTheDefaultChainDecides() {
        // with SnapStart, Lambda serves the role's keys from the container endpoint, not the environment
        assertInstanceOf(DefaultCredentialsProvider.class, AwsClients.credentials(new Config(Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/creds"))));
    }
}
