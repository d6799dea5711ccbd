package io.babeldesk.local.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.testing.MotoServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The chaos suite's fast cases on the shared moto_server: every case ends as its row says it must. */
class ChaosSuiteTest {
    @Test
    void everyFaultAndHostileInputEndsInAClearOutcome() throws Exception {
        List<ChaosSuite.Row> rows;
        try (ChaosStack stack = new ChaosStack(Map.of("AWS_ENDPOINT_URL", MotoServer.get().endpoint()))) {
            rows = new ChaosSuite(stack).run(true);
        }
        ChaosCommand.print(rows, System.out);
        assertTrue(rows.size() >= 30, "cases run: " + rows.size());
        String failed = rows.stream().filter(r -> !r.pass())
                .map(r -> r.name() + ": expected " + r.expected() + ", got " + r.outcome())
                .collect(Collectors.joining("\n"));
        assertEquals("", failed);
        assertFalse(rows.stream().anyMatch(r -> r.outcome().startsWith("case broke")), "a case broke");
    }
}
