package io.babeldesk.api;

import io.babeldesk.config.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP response: status, headers and a body, which is text, or base64 of bytes when
 * {@code base64} is set (the console's font).
 */
public record ApiResponse(int status, Map<String, String> headers, String body, boolean base64) {
    public ApiResponse(int status, Map<String, String> headers, String body) {
        this(status, headers, body, false);
    }

    /** Bytes sent as they are (the gateway decodes the base64 body). */
    public static ApiResponse bytes(int status, Map<String, String> headers, byte[] body) {
        return new ApiResponse(status, headers, java.util.Base64.getEncoder().encodeToString(body), true);
    }

    public static ApiResponse json(int status, Object value) {
        return new ApiResponse(status, Map.of("Content-Type", "application/json; charset=utf-8"), write(value));
    }

    /** An RFC 9457 problem document with a stable code and a readable message. */
    public static ApiResponse problem(int status, String code, String message) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "https://babeldesk.io/problems/" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        p.put("title", code);
        p.put("status", status);
        p.put("code", code);
        p.put("message", message);
        p.put("detail", message);
        return new ApiResponse(status, Map.of("Content-Type", "application/problem+json"), write(p));
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, h, body, base64);
    }

    private static String write(Object value) {
        return Json.write(value);
    }
}
