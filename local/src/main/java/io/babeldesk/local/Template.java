package io.babeldesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * template.yaml read as data, so the local stack creates the table, queues and triggers that
 * AWS would get, from the same description. CloudFormation tags (!Ref, !GetAtt, !Sub) read as
 * their plain arguments, which is all the local stack needs.
 */
public record Template(JsonNode root) {
    public static Template load(Path file) {
        try {
            return new Template(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The template next to the working directory (the repository root) or above it. */
    public static Template find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) {
                return load(candidate);
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("template.yaml not found in " + Path.of("").toAbsolutePath() + " or above");
    }

    public JsonNode resources() {
        return root.path("Resources");
    }

    public List<String> resourcesOfType(String type) {
        List<String> out = new ArrayList<>();
        resources().fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                out.add(e.getKey());
            }
        });
        return out;
    }

    public JsonNode properties(String logicalId) {
        return resources().path(logicalId).path("Properties");
    }

    /** The one DynamoDB table's properties. */
    public JsonNode table() {
        List<String> tables = resourcesOfType("AWS::DynamoDB::Table");
        if (tables.size() != 1) {
            throw new IllegalStateException("expected one table in template.yaml, found " + tables);
        }
        return properties(tables.get(0));
    }

    /** Handler of each function, by logical id. */
    public Map<String, String> handlers() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : resourcesOfType("AWS::Serverless::Function")) {
            out.put(id, properties(id).path("Handler").asText());
        }
        return out;
    }

    /** The SQS event source of the function that consumes the work queue. */
    public JsonNode workQueueEvent() {
        for (String id : resourcesOfType("AWS::Serverless::Function")) {
            for (JsonNode event : properties(id).path("Events")) {
                if ("SQS".equals(event.path("Type").asText())) {
                    return event.path("Properties");
                }
            }
        }
        throw new IllegalStateException("no function in template.yaml consumes a queue");
    }

    /** The logical id of the one EventBridge rule (the example subscriber of article events). */
    public String eventRule() {
        List<String> rules = resourcesOfType("AWS::Events::Rule");
        if (rules.size() != 1) {
            throw new IllegalStateException("expected one event rule in template.yaml, found " + rules);
        }
        return rules.get(0);
    }

    /** The logical id of the queue named by a !GetAtt X.Arn value. */
    public static String logicalIdOfArn(JsonNode getAtt) {
        String text = getAtt.asText();
        int dot = text.indexOf('.');
        return dot < 0 ? text : text.substring(0, dot);
    }

    /** The S3 key prefix the upload trigger is filtered on. */
    public String uploadPrefix() {
        for (String id : resourcesOfType("AWS::Serverless::Function")) {
            for (JsonNode event : properties(id).path("Events")) {
                if ("S3".equals(event.path("Type").asText())) {
                    for (JsonNode rule : event.path("Properties").path("Filter").path("S3Key").path("Rules")) {
                        if ("prefix".equalsIgnoreCase(rule.path("Name").asText())) {
                            return rule.path("Value").asText();
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no S3 trigger with a prefix filter in template.yaml");
    }
}
