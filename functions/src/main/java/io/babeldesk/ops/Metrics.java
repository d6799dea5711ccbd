package io.babeldesk.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.config.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CloudWatch metrics as Embedded Metric Format lines: one JSON log line per data point, which
 * CloudWatch turns into metrics without an agent or an API call from the function.
 */
public final class Metrics {
    public static final String NAMESPACE = "babeldesk";
    private static final Logger EMF = LoggerFactory.getLogger("babeldesk.metrics");

    private Metrics() {
    }

    /** Units CloudWatch understands. */
    public enum Unit { Count, Milliseconds }

    public static void count(String name, long value) {
        emit(name, value, Unit.Count, null, null);
    }

    /** A data point with one dimension (e.g. Language=hy) besides the service. */
    public static void count(String name, long value, String dimension, String dimensionValue) {
        emit(name, value, Unit.Count, dimension, dimensionValue);
    }

    public static void millis(String name, long value) {
        emit(name, value, Unit.Milliseconds, null, null);
    }

    static String line(String name, long value, Unit unit, String dimension, String dimensionValue, long now) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode aws = root.putObject("_aws");
        aws.put("Timestamp", now);
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        ArrayNode dimensions = directive.putArray("Dimensions").addArray();
        dimensions.add("Service");
        if (dimension != null) {
            dimensions.add(dimension);
            root.put(dimension, dimensionValue);
        }
        directive.putArray("Metrics").addObject().put("Name", name).put("Unit", unit.name());
        root.put("Service", NAMESPACE);
        root.put(name, value);
        return Json.write(root);
    }

    private static void emit(String name, long value, Unit unit, String dimension, String dimensionValue) {
        if (EMF.isInfoEnabled()) {
            EMF.info(line(name, value, unit, dimension, dimensionValue, System.currentTimeMillis()));
        }
    }
}
