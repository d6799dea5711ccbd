package io.babeldesk.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.local.bench.ColdStartBench.Comparison;
import io.babeldesk.local.bench.ColdStartBench.Spread;
import io.babeldesk.local.bench.ColdStartBench.Timing;
import io.babeldesk.local.bench.ColdStartBench.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdStartBaselineTest {
    @TempDir
    Path dir;

    @Test
    void baselineJarOptionNamesTheJarToCompareWith() throws IOException {
        Path jar = Files.createFile(dir.resolve("baseline-lambda.jar"));

        BenchCommand.Options options = BenchCommand.Options.parse(new String[] {"--repeats", "5", "--baseline-jar",
                jar.toString()});

        assertEquals(jar, options.baselineJar());
        assertEquals(5, options.repeats());
    }

    @Test
    void withoutTheOptionThereIsNoBaseline() {
        assertNull(BenchCommand.Options.parse(new String[] {"--repeats", "3"}).baselineJar());
    }

    @Test
    void baselineJarThatDoesNotExistIsRefusedWithItsPath() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchCommand.Options.parse(new String[] {"--baseline-jar", dir.resolve("gone.jar").toString()}));

        assertTrue(e.getMessage().contains("gone.jar"), e.getMessage());
    }

    @Test
    void baselineJarIsRefusedByTheBenchesThatDoNotCompareJars() throws IOException {
        String jar = Files.createFile(dir.resolve("baseline-lambda.jar")).toString();

        // refused while parsing, before any local AWS or bench starts
        assertEquals(2, BenchCommand.run(new String[] {"overhead", "--baseline-jar", jar}));
        assertEquals(2, BenchCommand.run(new String[] {"--baseline-jar", jar}));
    }

    @Test
    void whichJarGoesFirstAlternatesRunByRun() {
        assertEquals(List.of(0, 1), ColdStartBench.launchOrder(0, 2));
        assertEquals(List.of(1, 0), ColdStartBench.launchOrder(1, 2));
        assertEquals(List.of(0, 1), ColdStartBench.launchOrder(2, 2));
        assertEquals(List.of(0), ColdStartBench.launchOrder(1, 1));
    }

    @Test
    void medianBeyondEveryRunOfTheOtherJarIsWorseOrBetter() {
        Spread baseline = Spread.of(new double[] {1000, 1040, 1020});
        Spread slower = Spread.of(new double[] {1100, 1250, 1200});
        Spread faster = Spread.of(new double[] {800, 850, 900});

        assertEquals(Verdict.WORSE, slower.against(baseline));
        assertEquals(Verdict.BETTER, faster.against(baseline));
        assertEquals(Verdict.BETTER, baseline.against(slower));
    }

    @Test
    void runsThatOverlapAreWithinNoiseEvenWhenTheMediansDiffer() {
        Spread baseline = Spread.of(new double[] {1000, 1010, 1020});
        // median above every baseline run, but the baseline median is not below every current run
        Spread noisy = Spread.of(new double[] {900, 1030, 1300});

        assertEquals(Verdict.WITHIN_NOISE, noisy.against(baseline));
        assertTrue(noisy.median() / baseline.median() <= noisy.noiseLimit(baseline));
    }

    @Test
    void oneRunEachGivesNoVerdict() {
        assertEquals(Verdict.UNJUDGED, Spread.of(new double[] {1500}).against(Spread.of(new double[] {1000})));
    }

    @Test
    void rowsShowBothMediansTheirRatioTheSpreadAndTheConclusion() {
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        comparisons.put("bare", comparison("bare", new double[] {300, 310, 320}, new double[] {300, 305, 330}));
        comparisons.put("ingest", comparison("ingest", new double[] {1100, 1200, 1250},
                new double[] {1000, 1020, 1040}));
        BenchTable table = new BenchTable("babeldesk bench coldstart");

        BenchCommand.comparisonRows(table, comparisons, "");

        BenchTable.Row ready = table.rows().stream().filter(r -> r.measure().equals("Ingest: ready")).findFirst()
                .orElseThrow();
        assertEquals(1200, ready.value());
        assertEquals(1020.0, ready.baseline());
        assertEquals(1200.0 / 1020, ready.ratio(), 1e-9);
        assertEquals("MISSED", ready.verdict());
        assertTrue(ready.note().contains("WORSE; runs 1,100–1,250 ms, baseline 1,000–1,040 ms"), ready.note());
        BenchTable.Row control = table.rows().get(0);
        assertEquals("Bare handler: ready", control.measure());
        assertEquals("", control.verdict(), "the control row only shows the noise, it is not held to anything");
        assertEquals(2, table.missed(), "ready and first event of Ingest");
        String text = table.toText();
        assertTrue(text.contains("* current jar WORSE than the baseline, beyond the noise of the runs: Ingest: ready"
                + " (1.18x), Ingest: first event (1.18x)"), text);
    }

    @Test
    void conclusionSaysWithinNoiseWhenNoFunctionStandsOut() {
        Map<String, Comparison> comparisons = Map.of("api", comparison("api", new double[] {990, 1010, 1060},
                new double[] {1000, 1005, 1050}));
        BenchTable table = new BenchTable("babeldesk bench coldstart");

        BenchCommand.comparisonRows(table, comparisons, "AOT cache: ");

        assertEquals(0, table.missed());
        assertTrue(table.toText().contains("* AOT cache: current jar within noise of the baseline for every function"),
                table.toText());
    }

    /** The same runs for ready and first event: enough for the rows. */
    private static Comparison comparison(String function, double[] current, double[] baseline) {
        return new Comparison(function, timing(current), timing(baseline));
    }

    private static Timing timing(double[] runs) {
        Spread spread = Spread.of(runs);
        return new Timing(spread, spread, spread, true);
    }
}
