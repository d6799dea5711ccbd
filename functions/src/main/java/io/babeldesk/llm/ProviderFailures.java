package io.babeldesk.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Which failures of a model call are worth another attempt (rate limits, server errors, timeouts)
 * and how long the provider asked the caller to wait before it.
 *
 * <p>LangChain4j maps HTTP failures to its own types by status code (429 to RateLimitException,
 * 5xx to InternalServerException, 408 to TimeoutException, other 4xx to non-retriable types) and
 * keeps the original as the cause. The Bedrock model maps the AWS SDK's service exceptions the same
 * way but lets client-side failures (a socket read timeout inside an SdkClientException) through
 * unmapped, so the cause chain is searched too.
 */
final class ProviderFailures {
    private static final int MAX_CHAIN = 16;

    private ProviderFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t : chain(failure)) {
            // the first classified link decides: a RateLimitException wrapping an HttpException 429 is one fact
            if (t instanceof RetriableException) {
                return true;
            }
            if (t instanceof NonRetriableException) {
                return false;
            }
            if (t instanceof HttpException http) {
                return transientStatus(http.statusCode());
            }
            if (t instanceof SdkServiceException aws) {
                return aws.isThrottlingException() || transientStatus(aws.statusCode());
            }
            if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The wait the provider asked for: {@code retry-after-ms} (sent by OpenAI-compatible servers)
     * or {@code Retry-After} in seconds or as an HTTP date, from whichever exception in the chain
     * kept the response headers.
     */
    static Optional<Duration> retryAfter(Throwable failure, Instant now) {
        for (Throwable t : chain(failure)) {
            if (t instanceof ProviderHttpException http) {
                Optional<Duration> millis = http.header("retry-after-ms").flatMap(ProviderFailures::parseMillis);
                if (millis.isPresent()) {
                    return millis;
                }
                return http.header("Retry-After").flatMap(v -> parseRetryAfter(v, now));
            }
            if (t instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                    && aws.awsErrorDetails().sdkHttpResponse() != null) {
                return aws.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After")
                        .flatMap(v -> parseRetryAfter(v, now));
            }
        }
        return Optional.empty();
    }

    /** A Retry-After value: delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException tooLarge) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseMillis(String value) {
        try {
            double millis = Double.parseDouble(value.strip());
            return millis >= 0 ? Optional.of(Duration.ofNanos((long) (millis * 1_000_000))) : Optional.empty();
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean transientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> out = new ArrayList<>();
        for (Throwable t = failure; t != null && out.size() < MAX_CHAIN && seen.add(t); t = t.getCause()) {
            out.add(t);
        }
        return out;
    }
}
