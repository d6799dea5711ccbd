package io.babeldesk.local;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Event JSON turned into the handler's event type the way the Lambda Java runtime does it. */
public final class LambdaEvents {
    private static final Map<Class<?>, PojoSerializer<?>> SERIALIZERS = new ConcurrentHashMap<>();

    private LambdaEvents() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T fromJson(String json, Class<T> type) {
        PojoSerializer<T> serializer = (PojoSerializer<T>) SERIALIZERS.computeIfAbsent(type,
                t -> LambdaEventSerializers.serializerFor(t, LambdaEvents.class.getClassLoader()));
        return serializer.fromJson(json);
    }
}
