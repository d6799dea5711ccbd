package io.babeldesk.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.exception.RetriableException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The HTTP client of the OpenAI, Anthropic and Ollama models: LangChain4j's JDK client, except that
 * an unsuccessful answer fails with a {@link ProviderHttpException} that keeps the headers, so that
 * Retry-After reaches the retry loop. Streaming and multipart uploads, which babeldesk does not
 * send, go to LangChain4j's default client unchanged.
 */
final class ProviderHttpClient implements HttpClient {
    private final java.net.http.HttpClient http;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private volatile HttpClient streaming;

    ProviderHttpClient(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        var builder = java.net.http.HttpClient.newBuilder();
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        this.http = builder.build();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            return streaming().execute(request);
        }
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        builder.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (readTimeout != null) {
            builder.timeout(readTimeout);
        }
        HttpResponse<byte[]> response;
        // the request timeout covers only the wait for headers: bound the whole exchange, so a
        // provider that sends headers and then stalls the body cannot hold the function
        var exchange = http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        try {
            response = readTimeout == null ? exchange.get() : exchange.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            exchange.cancel(true);
            throw new TimeoutException(new HttpTimeoutException("no complete answer from " + request.url()
                    + " within " + readTimeout.toSeconds() + " s"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException timeout) {
                throw new TimeoutException(timeout);
            }
            if (cause instanceof IOException io) {
                // a connection or body broken in transit is transient: the model layer retries it
                throw new RetriableException(new UncheckedIOException("could not reach " + request.url(), io));
            }
            throw new IllegalStateException("calling " + request.url() + " failed", cause);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.url(), e);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new ProviderHttpException(status, body, response.headers().map());
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(body)
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        streaming().execute(request, parser, listener);
    }

    private HttpClient streaming() {
        HttpClient client = streaming;
        if (client == null) {
            synchronized (this) {
                if (streaming == null) {
                    // LangChain4j's default client (the JDK one on this classpath), built only if ever needed
                    streaming = HttpClientBuilderLoader.loadHttpClientBuilder()
                            .connectTimeout(connectTimeout).readTimeout(readTimeout).build();
                }
                client = streaming;
            }
        }
        return client;
    }
}
