package io.babeldesk.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The reviewer's pass over one language: it reads the segments the mode selects, and segments with
 * major or critical errors get one repair call with the error list. A repaired segment is kept only
 * when the reviewer scores it better (fewer or lighter errors) and it fails no more offline checks
 * than before; the errors of the rest are what an editor must look at.
 */
final class Reviewing {
    /** Segments per review or repair call: long enough to share the instructions, short enough to read well. */
    static final int BATCH = 16;

    private final ReviewModel model;
    private final ReviewMode mode;

    Reviewing(ReviewModel model, ReviewMode mode) {
        this.model = model;
        this.mode = mode;
    }

    boolean active() {
        return model != null && mode != ReviewMode.OFF;
    }

    /**
     * Reviews (and repairs) the job's outcomes in place.
     *
     * @param check the offline checks of a segment's text
     * @return the reviewer's errors of every segment that still has a major or critical one, by segment index
     * @throws TranslationModel.Failure when the reviewer gave no readable answer
     */
    Map<Integer, List<ReviewModel.Error>> review(TranslationJob job, Map<Integer, Outcome> outcomes,
                                                 BiFunction<Segment, String, List<Finding>> check)
            throws InterruptedException {
        List<Integer> chosen = new ArrayList<>();
        new TreeMap<>(outcomes).forEach((index, o) -> {
            if (o.text() != null && !job.segments().get(index).source().isBlank()
                    && (mode == ReviewMode.ALL || !o.findings().isEmpty())) {
                chosen.add(index);
            }
        });
        Map<Integer, List<ReviewModel.Error>> errors = reviewAll(job, chosen, index -> outcomes.get(index).text());
        List<Integer> serious = chosen.stream().filter(i -> errors.get(i).stream().anyMatch(ReviewModel.Error::serious))
                .toList();
        if (serious.isEmpty()) {
            return Map.of();
        }
        Map<Integer, String> repaired = repairAll(job, serious, outcomes, errors);
        List<Integer> again = serious.stream().filter(repaired::containsKey).toList();
        Map<Integer, List<ReviewModel.Error>> second = reviewAll(job, again, repaired::get);
        Map<Integer, List<ReviewModel.Error>> left = new TreeMap<>();
        for (int index : serious) {
            List<ReviewModel.Error> before = errors.get(index);
            if (repaired.containsKey(index)) {
                List<ReviewModel.Error> after = second.get(index);
                Segment segment = job.segments().get(index);
                List<Finding> findings = check.apply(segment, repaired.get(index));
                if (score(after) < score(before) && findings.size() <= outcomes.get(index).findings().size()) {
                    outcomes.put(index, new Outcome(repaired.get(index), findings, null));
                    if (after.stream().anyMatch(ReviewModel.Error::serious)) {
                        left.put(index, after);
                    }
                    continue;
                }
            }
            left.put(index, before);
        }
        return left;
    }

    static int score(List<ReviewModel.Error> errors) {
        return errors.stream().mapToInt(ReviewModel.Error::weight).sum();
    }

    /** The reviewer's errors of each of the segments, by segment index (empty list when it found none). */
    private Map<Integer, List<ReviewModel.Error>> reviewAll(TranslationJob job, List<Integer> indexes,
                                                            java.util.function.IntFunction<String> text)
            throws InterruptedException {
        Map<Integer, List<ReviewModel.Error>> out = new HashMap<>();
        for (List<Integer> batch : batches(indexes)) {
            List<String> sources = batch.stream().map(i -> job.segments().get(i).source()).toList();
            List<String> translations = batch.stream().map(text::apply).toList();
            ReviewModel.Review review = call(job, () -> model.review(job.article().sourceLanguage(), job.target(),
                    sources, translations));
            job.add(review.usage().asReview());
            for (int k = 0; k < batch.size(); k++) {
                out.put(batch.get(k), review.of(k));
            }
        }
        return out;
    }

    private Map<Integer, String> repairAll(TranslationJob job, List<Integer> indexes, Map<Integer, Outcome> outcomes,
                                           Map<Integer, List<ReviewModel.Error>> errors) throws InterruptedException {
        Map<Integer, String> out = new HashMap<>();
        for (List<Integer> batch : batches(indexes)) {
            List<String> sources = batch.stream().map(i -> job.segments().get(i).source()).toList();
            List<String> translations = batch.stream().map(i -> outcomes.get(i).text()).toList();
            List<List<ReviewModel.Error>> listed = batch.stream().map(errors::get).toList();
            ReviewModel.Repair repair = call(job, () -> model.repair(job.article().sourceLanguage(), job.target(),
                    sources, translations, listed));
            job.add(repair.usage().asRepair());
            for (int k = 0; k < batch.size() && k < repair.segments().size(); k++) {
                String text = repair.segments().get(k);
                if (text != null && !text.isBlank()) {
                    out.put(batch.get(k), text);
                }
            }
        }
        return out;
    }

    private static <T> T call(TranslationJob job, Supplier<T> call) throws InterruptedException {
        try {
            return job.permits().call(call);
        } catch (TranslationModel.Failure e) {
            job.add(new Usage(1, 0, 0).asReview());
            throw e;
        }
    }

    private static List<List<Integer>> batches(List<Integer> indexes) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i += BATCH) {
            out.add(indexes.subList(i, Math.min(indexes.size(), i + BATCH)));
        }
        return out;
    }
}
