package io.babeldesk.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.babeldesk.config.Json;

/** The wire form of a {@link Job} on the work queue: one JSON object per message. */
public final class JobMessages {
    private JobMessages() {
    }

    public static String toJson(Job job) {
        return Json.write(job);
    }

    /** @throws IllegalArgumentException when the body is not a job (a poison message) */
    public static Job parse(String body) {
        try {
            return Json.MAPPER.readValue(body, Job.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a babeldesk job: " + e.getOriginalMessage());
        }
    }
}
