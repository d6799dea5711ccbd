package io.babeldesk.local;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.Message;
import java.util.concurrent.ConcurrentHashMap;

/** Event JSON turned into the handler's event type the way the Lambda Java runtime does it. */
public final class LambdaEvents {
    private static final Map<Class<?>, PojoSerializer<?>> SERIALIZERS = new ConcurrentHashMap<>();

    private LambdaEvents() {
    }

    /** The SQS event JSON Lambda would send for these messages of the queue {@code queueName}. */
    public static String sqsEventJson(List<Message> messages, String region, String queueName) {
        String arn = "arn:aws:sqs:" + region + ":000000000000:" + queueName;
        List<Map<String, Object>> records = new ArrayList<>();
        for (Message m : messages) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            m.attributes().forEach((k, v) -> attributes.put(k.toString(), v));
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("messageId", m.messageId());
            record.put("receiptHandle", m.receiptHandle());
            record.put("body", m.body());
            record.put("attributes", attributes);
            record.put("messageAttributes", Map.of());
            record.put("md5OfBody", m.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", arn);
            record.put("awsRegion", region);
            records.add(record);
        }
        return Json.write(Map.of("Records", records));
    }

    /**
     * Invokes a stream entry point the way Lambda does: the event JSON in as bytes, its answer
     * read back as JSON.
     */
    public static JsonNode invoke(RequestStreamHandler handler, String eventJson, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, context);
            return Json.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T fromJson(String json, Class<T> type) {
        PojoSerializer<T> serializer = (PojoSerializer<T>) SERIALIZERS.computeIfAbsent(type,
                t -> LambdaEventSerializers.serializerFor(t, LambdaEvents.class.getClassLoader()));
        return serializer.fromJson(json);
    }
}
