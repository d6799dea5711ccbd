package io.babeldesk.handler;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.config.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQS and HTTP API (payload 2.0) event JSON that Lambda sends, read into the events
 * library's types, and the responses written back, with the project's Jackson mapper. The
 * runtime's own event serialiser spends ~0.3 s of a cold start loading its shaded Jackson and
 * mix-ins for these types; the stream entry points skip it. Only the fields the handlers read
 * are taken; the rest of the event is ignored.
 */
final class EventJson {
    private EventJson() {
    }

    static SQSEvent sqsEvent(InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (JsonNode r : root.path("Records")) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId(text(r, "messageId"));
            m.setReceiptHandle(text(r, "receiptHandle"));
            m.setBody(text(r, "body"));
            m.setMd5OfBody(text(r, "md5OfBody"));
            m.setAttributes(strings(r.get("attributes")));
            m.setEventSource(text(r, "eventSource"));
            m.setEventSourceArn(text(r, "eventSourceARN"));
            m.setAwsRegion(text(r, "awsRegion"));
            messages.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        return event;
    }

    static void write(SQSBatchResponse response, OutputStream out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode failures = root.putArray("batchItemFailures");
        for (SQSBatchResponse.BatchItemFailure f : response.getBatchItemFailures()) {
            failures.addObject().put("itemIdentifier", f.getItemIdentifier());
        }
        out.write(Json.MAPPER.writeValueAsBytes(root));
    }

    static APIGatewayV2HTTPEvent httpEvent(InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        JsonNode context = root.path("requestContext");
        APIGatewayV2HTTPEvent.RequestContext.RequestContextBuilder requestContext =
                APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(text(context.path("http"), "method")).build());
        JsonNode claims = context.path("authorizer").path("jwt").get("claims");
        if (claims != null && claims.isObject()) {
            requestContext.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(strings(claims)).build())
                    .build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(text(root, "rawPath"))
                .withRawQueryString(text(root, "rawQueryString"))
                .withHeaders(strings(root.get("headers")))
                .withQueryStringParameters(strings(root.get("queryStringParameters")))
                .withPathParameters(strings(root.get("pathParameters")))
                .withBody(text(root, "body"))
                .withIsBase64Encoded(root.path("isBase64Encoded").asBoolean(false))
                .withRequestContext(requestContext.build())
                .build();
    }

    static void write(APIGatewayV2HTTPResponse response, OutputStream out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("statusCode", response.getStatusCode());
        ObjectNode headers = root.putObject("headers");
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::put);
        }
        if (response.getBody() != null) {
            root.put("body", response.getBody());
        }
        root.put("isBase64Encoded", response.getIsBase64Encoded());
        out.write(Json.MAPPER.writeValueAsBytes(root));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A JSON object of strings (claims may hold arrays or numbers: kept as their JSON text). */
    private static Map<String, String> strings(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return map;
    }
}
