package io.babeldesk.translation;

import io.babeldesk.glossary.GlossaryEntry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chunk with at most one retry: a reply whose segments do not line up, or that was cut at
 * the output limit, is retried as two halves (a single segment with a stricter prompt and more
 * room); segments that fail a quality check are retried together with a stricter prompt.
 */
final class ChunkTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(ChunkTranslator.class);
    /** Output limit over the estimate: the corpus's per-sentence token cost varies by about a third. */
    private static final double OUTPUT_MARGIN = 1.5;
    private static final int OUTPUT_SLACK_TOKENS = 64;

    private final TranslationModel model;
    /** Null only when the engine was built without offline checks, to measure their cost. */
    private final QualityGate gate;
    private final OutputEstimates estimates;
    private final io.babeldesk.glossary.Glossary glossary;

    ChunkTranslator(TranslationModel model, QualityGate gate, OutputEstimates estimates,
                    io.babeldesk.glossary.Glossary glossary) {
        this.model = model;
        this.gate = gate;
        this.estimates = estimates;
        this.glossary = glossary;
    }

    /** The outcome of each segment of the chunk, by segment index. */
    Map<Integer, Outcome> translate(TranslationJob job, List<Segment> segments) {
        Attempt first = call(job, segments, Set.of(), 1.0);
        if (first.error() != null) {
            return outcomes(job, segments, first);
        }
        if (!first.aligned() || first.truncated()) {
            Map<Integer, Outcome> out = new HashMap<>();
            if (segments.size() > 1) {
                int half = segments.size() / 2;
                for (List<Segment> part : List.of(segments.subList(0, half), segments.subList(half, segments.size()))) {
                    out.putAll(outcomes(job, part, call(job, part, Set.of(), 1.0)));
                }
            } else {
                Set<QualityFlag> why = Set.of(first.truncated() ? QualityFlag.TRUNCATED : QualityFlag.SEGMENT_MISMATCH);
                out.putAll(outcomes(job, segments, call(job, segments, why, first.truncated() ? 2.0 : 1.0)));
            }
            return out;
        }
        Map<Integer, Outcome> out = outcomes(job, segments, first);
        List<Segment> failing = segments.stream().filter(s -> !out.get(s.index()).flags().isEmpty()).toList();
        if (failing.isEmpty()) {
            return out;
        }
        Set<QualityFlag> seen = EnumSet.noneOf(QualityFlag.class);
        failing.forEach(s -> seen.addAll(out.get(s.index()).flags()));
        Map<Integer, Outcome> retried = outcomes(job, failing, call(job, failing, seen, 1.0));
        for (Segment s : failing) {
            Outcome again = retried.get(s.index());
            if (again.text() != null && again.flags().size() < out.get(s.index()).flags().size()) {
                out.put(s.index(), again);
            }
        }
        return out;
    }

    private Attempt call(TranslationJob job, List<Segment> segments, Set<QualityFlag> failedChecks,
                         double budgetFactor) {
        int estimated = segments.stream().mapToInt(Segment::estimatedOutputTokens).sum();
        int maxOutput = (int) Math.ceil((estimated * OUTPUT_MARGIN + OUTPUT_SLACK_TOKENS) * budgetFactor);
        List<GlossaryEntry> terms = segments.stream().flatMap(s -> s.terms().stream()).distinct().toList();
        Segment first = segments.get(0);
        TranslationModel.Request request = new TranslationModel.Request(job.article().sourceLanguage(), job.target(),
                segments.stream().map(Segment::source).toList(), terms, job.titleBefore(first),
                job.blockBefore(first), failedChecks, maxOutput);
        TranslationModel.Reply reply;
        try {
            reply = job.permits().call(() -> model.translate(request));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted");
        } catch (TranslationModel.Failure e) {
            LOG.warn("model call failed for article {} version {} into {}: {}", job.article().id(),
                    job.article().version(), job.target().code(), (e.getCause() == null ? e : e.getCause()).toString());
            job.add(new Usage(1, 0, 0));
            return Attempt.failed("model call failed: " + e.getMessage());
        }
        job.add(reply.usage());
        if (reply.usage().outputTokens() > 0) {
            estimates.record(job.target(), estimated, reply.usage().outputTokens());
        }
        return new Attempt(reply.segments(), reply.aligned(), reply.truncated(), null);
    }

    /** What one reply means for each of its segments, after the quality gate. */
    private Map<Integer, Outcome> outcomes(TranslationJob job, List<Segment> segments, Attempt attempt) {
        Map<Integer, Outcome> out = new LinkedHashMap<>();
        if (attempt.error() != null) {
            segments.forEach(s -> out.put(s.index(), Outcome.failed(attempt.error())));
            return out;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String text = attempt.texts().get(i);
            if (text == null) {
                String missing = "segment " + (i + 1) + " of " + segments.size() + " missing from the model's reply";
                out.put(s.index(), new Outcome(null, List.of(new Finding(QualityFlag.SEGMENT_MISMATCH, missing)),
                        missing));
                continue;
            }
            List<Finding> findings = check(job, s, text);
            if (!attempt.aligned()) {
                findings.add(new Finding(QualityFlag.SEGMENT_MISMATCH, "the reply's segments did not line up with the source's"));
            }
            if (attempt.truncated()) {
                findings.add(new Finding(QualityFlag.TRUNCATED, "the model stopped at its output limit"));
            }
            out.put(s.index(), new Outcome(text, findings, null));
        }
        return out;
    }

    /** The offline checks of one segment's text (a translated summary also against the article). */
    List<Finding> check(TranslationJob job, Segment s, String text) {
        if (gate == null) {
            return new ArrayList<>();
        }
        List<Finding> findings = new ArrayList<>(
                gate.findings(s.source(), text, job.article().sourceLanguage(), job.target(), s.terms()));
        if (s.part() == Segment.Part.TITLE) {
            // a headline goes without its full stop in one language and with it in another
            findings.removeIf(f -> f.flag() == QualityFlag.INCOMPLETE);
        }
        if (s.part() == Segment.Part.SUMMARY) {
            // the summary is checked against the article too, not only against the summary it translates
            Set<QualityFlag> seen = EnumSet.noneOf(QualityFlag.class);
            findings.forEach(f -> seen.add(f.flag()));
            for (Finding f : gate.unsupported(text, job.target(), job.articleText(), job.article().sourceLanguage(),
                    glossary.all())) {
                if (seen.add(f.flag())) {
                    findings.add(f);
                }
            }
        }
        return findings;
    }

    /** One call's reply as the retry rules see it: the texts by position, or why there are none. */
    private record Attempt(List<String> texts, boolean aligned, boolean truncated, String error) {
        static Attempt failed(String error) {
            return new Attempt(List.of(), false, false, error);
        }
    }
}
