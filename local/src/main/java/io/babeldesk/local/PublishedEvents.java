package io.babeldesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * What the publishing system would hear: the events that reach the example rule's queue, one
 * line each (detail-type, article, language, status), read and deleted as they arrive.
 */
public final class PublishedEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedEvents.class);

    private final SqsClient sqs;
    private final String queueUrl;
    private final PrintStream out;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread poller;

    public PublishedEvents(SqsClient sqs, String queueUrl, PrintStream out) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.out = out;
    }

    /** Prints each event as it arrives, on a background thread, until closed. */
    public PublishedEvents start() {
        poller = new Thread(() -> {
            while (running.get()) {
                try {
                    receive(1);
                } catch (RuntimeException e) {
                    if (running.get()) {
                        LOG.warn("reading the publishing queue: {}", e.toString());
                        Pause.millis(1000);
                    }
                }
            }
        }, "published-events");
        poller.setDaemon(true);
        poller.start();
        return this;
    }

    /** Prints the events waiting on the queue now; returns how many. */
    public int drain() {
        int total = 0;
        for (int n = receive(0); n > 0; n = receive(0)) {
            total += n;
        }
        return total;
    }

    private int receive(int waitSeconds) {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(waitSeconds)).messages();
        for (Message m : messages) {
            out.println(line(m.body()));
            out.flush();
            sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
        }
        return messages.size();
    }

    /** One event as the line printed: {@code event  Translation Ready  <article>  hy  DONE}. */
    static String line(String body) {
        try {
            JsonNode event = Json.MAPPER.readTree(body);
            JsonNode detail = event.path("detail");
            StringBuilder sb = new StringBuilder(String.format("event  %-24s %s", event.path("detail-type").asText(),
                    detail.path("articleId").asText()));
            for (String field : List.of("language", "status")) {
                if (detail.hasNonNull(field)) {
                    sb.append("  ").append(detail.path(field).asText());
                }
            }
            if (detail.hasNonNull("reason")) {
                String reason = detail.path("reason").asText().replace('\n', ' ');
                sb.append("  (").append(reason.length() > 80 ? reason.substring(0, 77) + "..." : reason).append(')');
            }
            return sb.toString();
        } catch (Exception e) {
            return "event  (unreadable) " + body;
        }
    }


    @Override
    public void close() {
        running.set(false);
        if (poller != null) {
            poller.interrupt();
        }
    }
}
