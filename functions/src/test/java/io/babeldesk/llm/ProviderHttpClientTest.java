package io.babeldesk.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderHttpClientTest {
    static HttpRequest post(String url) {
        return HttpRequest.builder().method(HttpMethod.POST).url(url)
                .addHeader("Content-Type", "application/json").body("{\"q\":\"Ереван\"}").build();
    }

    @Test
    void unsuccessfulAnswerKeepsStatusBodyAndHeaders() {
        try (StubProvider stub = new StubProvider()) {
            stub.then(StubProvider.Answer.json(429, "{\"error\":\"slow down\"}").withHeader("Retry-After", "7"));
            HttpClient client = new ProviderHttpClientBuilder().readTimeout(Duration.ofSeconds(5)).build();

            ProviderHttpException e = assertThrows(ProviderHttpException.class,
                    () -> client.execute(post(stub.url() + "/v1/chat")));

            assertEquals(429, e.statusCode());
            assertEquals("{\"error\":\"slow down\"}", e.getMessage());
            assertEquals(Optional.of("7"), e.header("retry-after"));
            assertEquals("{\"q\":\"Ереван\"}", stub.received().get(0).body());
        }
    }

    @Test
    void successfulAnswerIsReturnedWithItsBody() {
        try (StubProvider stub = new StubProvider()) {
            stub.then(StubProvider.Answer.json(200, "{\"ok\":true}"));
            HttpClient client = new ProviderHttpClientBuilder().build();

            var response = client.execute(post(stub.url() + "/api/chat"));

            assertEquals(200, response.statusCode());
            assertEquals("{\"ok\":true}", response.body());
        }
    }

    @Test
    void slowAnswerBecomesARetriableTimeout() {
        try (StubProvider stub = new StubProvider()) {
            stub.then(StubProvider.Answer.json(200, "{}").after(Duration.ofSeconds(1)));
            HttpClient client = new ProviderHttpClientBuilder().readTimeout(Duration.ofMillis(200)).build();

            TimeoutException e = assertThrows(TimeoutException.class,
                    () -> client.execute(post(stub.url() + "/v1/messages")));

            assertTrue(ProviderFailures.isTransient(e));
        }
    }
}
