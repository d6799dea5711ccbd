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

    @Test
    void withReviewEachLineAlsoGetsTheReviewersErrorsAndTokens() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String[]> read = new ArrayList<>();
        io.babeldesk.translation.ReviewModel reviewer = new io.babeldesk.translation.ReviewModel() {
            @Override
            public Review review(io.babeldesk.article.Language source, io.babeldesk.article.Language target,
                                 List<String> sources, List<String> translations) {
                read.add(new String[] {sources.get(0), translations.get(0)});
                List<Error> errors = read.size() == 2
                        ? List.of(new Error(0, "number", "critical", "2021", "the year is 2020 in the source"))
                        : List.of();
                return new Review(errors, new io.babeldesk.translation.Usage(1, 120, 9));
            }

            @Override
            public Repair repair(io.babeldesk.article.Language source, io.babeldesk.article.Language target,
                                 List<String> sources, List<String> translations, List<List<Error>> errors) {
                throw new AssertionError("check never repairs");
            }
        };
        CheckCommand.run(new String[] {SEGMENTS, "--review"}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()),
                () -> reviewer);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertEquals("[]", lines.get(0).get("review").toString());
        assertEquals(120, lines.get(0).get("reviewTokens").get("input").asInt());
        assertEquals("critical", lines.get(1).get("review").get(0).get("severity").asText());
        assertEquals("the year is 2020 in the source", lines.get(1).get("review").get(0).get("explanation").asText());
        assertEquals(3, read.size(), "the line that could not be checked is not reviewed either");
    }
}
