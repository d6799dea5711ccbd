package io.babeldesk.translation;

import io.babeldesk.article.Block;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Puts one language version together from the texts known without the model and the outcomes of
 * its chunks, and decides its status: FAILED when a segment has no usable text, NEEDS_REVIEW when a
 * check failed hard, the soft findings exceed the article's budget ({@link ReviewBudget}) or the
 * reviewer objected (saying where), DONE otherwise (soft findings kept, for editors to see).
 */
final class Assembly {
    private Assembly() {
    }

    static Translation of(TranslationJob job, Map<Integer, String> known, Map<Integer, Outcome> outcomes,
                          String modelId) {
        return of(job, known, outcomes, modelId, Map.of(), null);
    }

    /**
     * @param reviewer the reviewer's errors of segments that still have a major or critical one, by index
     * @param reviewFailure why the reviewer could not review (null when it did, or was not asked)
     */
    static Translation of(TranslationJob job, Map<Integer, String> known, Map<Integer, Outcome> outcomes,
                          String modelId, Map<Integer, List<ReviewModel.Error>> reviewer, String reviewFailure) {
        String[] texts = new String[job.segments().size()];
        known.forEach((index, text) -> texts[index] = text);
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        Map<QualityFlag, Set<Integer>> where = new EnumMap<>(QualityFlag.class);
        Set<String> failures = new LinkedHashSet<>();
        List<SegmentFinding> findings = new ArrayList<>();
        int[] blockIndex = blockIndexes(job.segments());
        Map<Integer, List<Finding>> weighed = new java.util.TreeMap<>();
        new java.util.TreeMap<>(outcomes).forEach((index, o) -> {
            Segment segment = job.segments().get(index);
            List<Finding> own = o.text() == null ? o.findings() : movedNumbersSoft(job.segments(), index, o);
            weighed.put(index, own);
            own.forEach(f -> findings.add(SegmentFinding.of(segment, blockIndex[index], f)));
            flags.addAll(o.flags());
            o.flags().forEach(f -> where.computeIfAbsent(f, k -> new TreeSet<>()).add(index));
            if (o.text() == null) {
                failures.add(o.failure());
            } else {
                texts[index] = o.text();
            }
        });
        ReviewBudget.Verdict verdict = ReviewBudget.judge(weighed, job.segments().size());
        reviewer.forEach((index, errors) -> {
            errors.forEach(e -> findings.add(SegmentFinding.ofReviewer(job.segments().get(index), blockIndex[index], e)));
            flags.add(QualityFlag.REVIEW);
            where.computeIfAbsent(QualityFlag.REVIEW, k -> new TreeSet<>()).add(index);
        });
        if (reviewFailure != null) {
            flags.add(QualityFlag.REVIEW);
        }
        List<String> flagCodes = flags.stream().map(Enum::name).toList();
        Usage usage = job.usage();
        String version = job.article().version();
        if (!failures.isEmpty()) {
            return new Translation(job.target(), version, TranslationStatus.FAILED, null, List.of(), null,
                    modelId, usage, flagCodes, String.join("; ", failures), findings);
        }
        String title = null;
        String summary = null;
        List<Block> blocks = new ArrayList<>();
        int block = 0;
        for (Segment s : job.segments()) {
            switch (s.part()) {
                case TITLE -> title = texts[s.index()];
                case SUMMARY -> summary = texts[s.index()];
                case BLOCK -> blocks.add(job.article().blocks().get(block++).withText(texts[s.index()]));
            }
        }
        if (!verdict.holds() && reviewer.isEmpty() && reviewFailure == null) {
            // soft findings within the article's budget stay visible to editors, severity minor
            return new Translation(job.target(), version, TranslationStatus.DONE, title, blocks, summary,
                    modelId, usage, List.of(), null, findings);
        }
        String reason = "quality checks failed: " + where.entrySet().stream()
                .map(e -> e.getKey() + " (" + describe(job.segments(), e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        if (verdict.holds() && verdict.why() != null) {
            reason += " (" + verdict.why() + ")";
        }
        if (!reviewer.isEmpty()) {
            reason += "; reviewer: " + new java.util.TreeMap<>(reviewer).entrySet().stream()
                    .map(e -> describe(job.segments(), Set.of(e.getKey())) + ": " + e.getValue().stream()
                            .map(x -> x.severity() + " " + x.category() + ", " + x.explanation())
                            .collect(Collectors.joining("; ")))
                    .collect(Collectors.joining(" | "));
        }
        if (reviewFailure != null) {
            reason = (where.isEmpty() ? "" : reason + "; ") + "the reviewer could not review: " + reviewFailure;
        }
        return new Translation(job.target(), version, TranslationStatus.NEEDS_REVIEW, title, blocks,
                summary, modelId, usage, flagCodes, reason, findings);
    }

    /**
     * The findings of a segment, with a number it adds made soft when a neighbouring block's source
     * has it: translators split and join sentences differently ("... 30 years later" at the end of
     * one paragraph or the start of the next).
     */
    private static List<Finding> movedNumbersSoft(List<Segment> segments, int index, Outcome o) {
        Segment segment = segments.get(index);
        if (segment.part() != Segment.Part.BLOCK) {
            return o.findings();
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : o.findings()) {
            if (f.flag() == QualityFlag.ADDED_NUMBER && f.hard()) {
                StringBuilder around = new StringBuilder(segment.source());
                for (int i : new int[] {index - 1, index + 1}) {
                    if (i >= 0 && i < segments.size() && segments.get(i).part() == Segment.Part.BLOCK) {
                        around.append('\n').append(segments.get(i).source());
                    }
                }
                if (QualityGate.missingNumbers(o.text(), around.toString()).isEmpty()) {
                    f = new Finding(f.flag(), f.reason() + " (a neighbouring paragraph of the source has it)", false);
                }
            }
            out.add(f);
        }
        return out;
    }

    /** For each segment, the index of the block it translates (-1 for the title and summary). */
    private static int[] blockIndexes(List<Segment> segments) {
        int[] out = new int[segments.size()];
        int block = 0;
        for (Segment s : segments) {
            out[s.index()] = s.part() == Segment.Part.BLOCK ? block++ : -1;
        }
        return out;
    }

    private static String describe(List<Segment> segments, Set<Integer> indexes) {
        return indexes.stream().map(i -> {
            Segment s = segments.get(i);
            return switch (s.part()) {
                case TITLE -> "title";
                case SUMMARY -> "summary";
                case BLOCK -> "block " + (segments.get(0).part() == Segment.Part.TITLE ? i : i + 1);
            };
        }).collect(Collectors.joining(", "));
    }
}
