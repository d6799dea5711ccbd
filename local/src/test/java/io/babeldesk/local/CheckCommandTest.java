package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    /** TEST FIXTURE: sentences written for this test, one correct translation and three faulty lines. */
    private static final String SEGMENTS = "src/test/resources/check/segments.tsv";

    @Test
    void everyLineGetsItsFlagsFromTheSegmentGateAndBadLinesSayWhy() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CheckCommand.run(new String[] {SEGMENTS}, new PrintStream(out), new PrintStream(err));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertEquals(4, lines.size());
        assertEquals("[]", lines.get(0).get("flags").toString(), "a correct translation passes");
        assertEquals("[\"MISSING_NUMBER\",\"ADDED_NUMBER\"]", lines.get(1).get("flags").toString());
        assertEquals("[\"MISSING_NUMBER: number 2020 of the source not in the translation\","
                + "\"ADDED_NUMBER: number 2021 not in the source\"]", lines.get(1).get("reasons").toString());
        assertEquals("[\"ECHO\"]", lines.get(2).get("flags").toString(), "a short heading sent back");
        assertEquals("unknown language: xx", lines.get(3).get("error").asText());
        assertEquals(1, code, "a line that could not be checked fails the run");
    }
}
