package io.babeldesk.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.local.bench.BenchTable.Target;
import org.junit.jupiter.api.Test;

class BenchTableTest {
    @Test
    void ratioIsValueOverBaselineAndHeldToTheRatioTarget() {
        BenchTable.Row within = new BenchTable.Row("cold start", "Ingest: ready", 900, "ms", 300.0,
                Target.ratioAtMost(3), null);
        BenchTable.Row over = new BenchTable.Row("cold start", "Translate: ready", 1200, "ms", 300.0,
                Target.ratioAtMost(3), null);

        assertEquals(3.0, within.ratio(), 1e-9);
        assertEquals("met", within.verdict());
        assertEquals(4.0, over.ratio(), 1e-9);
        assertEquals("MISSED", over.verdict());
    }

    @Test
    void valueTargetIgnoresTheBaseline() {
        BenchTable.Row row = new BenchTable.Row("overhead", "10,000 words", 12, "ms", 6.0,
                Target.valueAtMost(15), null);

        assertEquals(2.0, row.ratio(), 1e-9);
        assertEquals("met", row.verdict());
    }

    @Test
    void rowWithoutBaselineOrTargetHasNoRatioAndNoVerdict() {
        BenchTable.Row row = new BenchTable.Row("throughput", "articles per minute", 70, "/min", null, null, null);

        assertTrue(Double.isNaN(row.ratio()));
        assertEquals("", row.verdict());
    }

    @Test
    void tableCountsMissedTargetsAndRendersTheSameRowsInTextAndMarkdown() {
        BenchTable table = new BenchTable("bench").headerLine("machine: test")
                .add("tokens", "per article", 540, "tok", 1000.0, Target.ratioAtMost(0.6), "sample")
                .add("overhead", "1,000 words", 20, "ms", null, Target.valueAtMost(15), null);

        assertEquals(1, table.missed());
        String text = table.toText();
        String markdown = table.toMarkdown();
        assertTrue(text.contains("0.54x") && text.contains("MISSED") && text.contains("machine: test"), text);
        assertTrue(markdown.contains("|tokens|per article|540 tok|1,000 tok|0.54x|≤ 0.60x|met|sample|"), markdown);
        assertTrue(markdown.contains("|overhead|1,000 words|20 ms|||≤ 15 ms|MISSED||"), markdown);
    }
}
