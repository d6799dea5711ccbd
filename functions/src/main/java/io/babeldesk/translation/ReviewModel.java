package io.babeldesk.translation;

import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reviewer: a model that reads source and translation segment by segment and names their
 * errors, and repairs segments given the errors it found. How the requests are worded and carried
 * is the implementation's business ({@code llm}).
 */
public interface ReviewModel {
    /**
     * Reviews translated segments against their sources.
     *
     * @throws TranslationModel.Failure when the model gave no readable answer
     */
    Review review(Language source, Language target, List<String> sources, List<String> translations);

    /**
     * Translates the segments again, told what was wrong with each.
     *
     * @param errors the errors of each segment, in the segments' order
     * @throws TranslationModel.Failure when the model gave no reply
     */
    Repair repair(Language source, Language target, List<String> sources, List<String> translations,
                  List<List<Error>> errors);

    /** Error categories a reviewer may name. */
    List<String> CATEGORIES = List.of("accuracy", "omission", "addition", "name", "number", "terminology", "fluency");
    /** Severities, lightest first. */
    List<String> SEVERITIES = List.of("minor", "major", "critical");

    /**
     * One error the reviewer found.
     *
     * @param segment the segment's position in the reviewed list (0-based)
     * @param span the words of the translation it concerns (may be empty)
     */
    record Error(int segment, String category, String severity, String span, String explanation) {
        /** Major and critical errors hold a translation back; minor ones do not. */
        public boolean serious() {
            return "major".equals(severity) || "critical".equals(severity);
        }

        /** How much the error weighs when two versions of a segment are compared. */
        public int weight() {
            return switch (severity) {
                case "critical" -> 10;
                case "major" -> 5;
                default -> 1;
            };
        }
    }

    /** A review: every error found, and what the call cost. */
    record Review(List<Error> errors, Usage usage) {
        public Review {
            errors = List.copyOf(errors);
        }

        public List<Error> of(int segment) {
            return errors.stream().filter(e -> e.segment() == segment).toList();
        }
    }

    /** Repaired segments, in order; null where the reply lacks one. */
    record Repair(List<String> segments, Usage usage) {
        public Repair {
            segments = Collections.unmodifiableList(new ArrayList<>(segments));
        }
    }
}
