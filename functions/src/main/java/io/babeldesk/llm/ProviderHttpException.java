package io.babeldesk.llm;

import dev.langchain4j.exception.HttpException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An unsuccessful HTTP answer from a model provider, with the response headers that LangChain4j's
 * own {@link HttpException} drops; {@link ResilientChatModel} reads Retry-After from them.
 * LangChain4j maps it by status code like any HttpException (429 to RateLimitException and so on)
 * and keeps it as the cause.
 */
public final class ProviderHttpException extends HttpException {
    private final Map<String, List<String>> headers;

    public ProviderHttpException(int statusCode, String body, Map<String, List<String>> headers) {
        super(statusCode, body);
        this.headers = Map.copyOf(headers);
    }

    /** The first value of a header, matched without regard to case as HTTP requires. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst();
    }
}
