package io.babeldesk.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.GlossaryMatcher;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.translation.Finding;
import io.babeldesk.translation.QualityGate;
import io.babeldesk.translation.ReviewModel;
import io.babeldesk.config.Config;
import io.babeldesk.handler.Wiring;
import io.babeldesk.llm.LlmReviewModel;
import io.babeldesk.llm.ModelFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code babeldesk check FILE}: runs the quality gate the pipeline runs on each segment over lines
 * of {@code source<TAB>translation<TAB>sourceLang<TAB>targetLang}, with the seed glossary, and
 * prints one JSON object per line. No model is called, unless {@code --review} asks the reviewer
 * model (BABELDESK_LLM_PROVIDER, BABELDESK_REVIEW_MODEL) to read each line too.
 */
public final class CheckCommand {
    private static final String USAGE = """
            usage: babeldesk check FILE [--review]
                                            FILE (or - for standard input): source<TAB>translation<TAB>from<TAB>to
                                            per line, languages en, ru, hy, az; one JSON object per line out
                                            (exit 1 when a line could not be checked: its object says why);
                                            --review: the reviewer model reads each line too (its errors and tokens
                                            are added to the line's object)""";

    private CheckCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err, CheckCommand::configuredReviewer);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, CheckCommand::configuredReviewer);
    }

    /** The reviewer the pipeline would use, with the local configuration (the fixture model by default). */
    static ReviewModel configuredReviewer() {
        Config config = Main.localConfig();
        return new LlmReviewModel(Wiring.reviewerModel(config, ModelFactory.create(config)));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Supplier<ReviewModel> reviewers) {
        List<String> rest = new java.util.ArrayList<>(List.of(args));
        boolean review = rest.remove("--review");
        if (rest.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        args = rest.toArray(String[]::new);
        ReviewModel reviewer = review ? reviewers.get() : null;
        QualityGate gate = new QualityGate(new LanguageDetector());
        GlossaryMatcher glossary = new GlossaryMatcher(GlossarySeed.load().all());
        PrintStream utf8 = new PrintStream(out, false, StandardCharsets.UTF_8);
        int bad = 0;
        try (BufferedReader in = args[0].equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = check(number, line, gate, glossary);
                if (reviewer != null && !result.has("error")) {
                    bad += review(result, line, reviewer) ? 0 : 1;
                }
                utf8.println(Json.MAPPER.writeValueAsString(result));
                bad += result.has("error") ? 1 : 0;
            }
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return 1;
        }
        utf8.flush();
        return bad == 0 ? 0 : 1;
    }

    static ObjectNode check(int number, String line, QualityGate gate, GlossaryMatcher glossary) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("line", number);
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
            return node.put("error", "expected 4 tab-separated fields, found " + fields.length);
        }
        Optional<Language> from = Language.fromCode(fields[2]);
        Optional<Language> to = Language.fromCode(fields[3]);
        if (from.isEmpty() || to.isEmpty()) {
            return node.put("error", "unknown language: " + (from.isEmpty() ? fields[2] : fields[3]));
        }
        List<Finding> findings = gate.findings(fields[0], fields[1], from.get(), to.get(),
                glossary.find(fields[0], from.get()));
        ArrayNode flags = node.putArray("flags");
        ArrayNode reasons = node.putArray("reasons");
        ArrayNode hard = node.putArray("hard");
        for (Finding f : findings) {
            flags.add(f.flag().name());
            reasons.add(f.flag().name() + ": " + f.reason());
            if (f.hard()) {
                hard.add(f.flag().name());
            }
        }
        return node;
    }

    /** Adds the reviewer's errors and tokens to a checked line; false when the reviewer gave no readable answer. */
    static boolean review(ObjectNode result, String line, ReviewModel reviewer) {
        String[] fields = line.split("\t", -1);
        Language from = Language.fromCode(fields[2]).orElseThrow();
        Language to = Language.fromCode(fields[3]).orElseThrow();
        try {
            ReviewModel.Review r = reviewer.review(from, to, List.of(fields[0]), List.of(fields[1]));
            ArrayNode errors = result.putArray("review");
            for (ReviewModel.Error e : r.errors()) {
                errors.addObject().put("category", e.category()).put("severity", e.severity()).put("span", e.span())
                        .put("explanation", e.explanation());
            }
            result.putObject("reviewTokens").put("input", r.usage().inputTokens()).put("output", r.usage().outputTokens());
            return true;
        } catch (RuntimeException e) {
            result.put("reviewError", e.getMessage());
            return false;
        }
    }
}
