package io.babeldesk.local.bench;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.handler.Wiring;
import io.babeldesk.llm.Prompt;
import io.babeldesk.llm.SegmentCodec;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import io.babeldesk.translation.TranslationStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code babeldesk bench articles DIR}: whole articles through the translation engine with the
 * offline checks alone (no reviewer), the "model" answering with the human translations of a
 * parallel corpus, as they are or corrupted: a third of the paragraphs replaced by sentences of
 * another article, or cut in half. DIR holds {@code en.txt}, {@code ru.txt}, {@code hy.txt},
 * {@code az.txt} (one sentence per line, the same line in each) and {@code doc_ids.txt} (the
 * article of each line); an article is the lines of one document, its first line the title.
 * Prints, per case and direction, the share of languages that end DONE; for the human
 * translations also the share without the references checked by hand to be wrong
 * ({@link #REFERENCE_ERRORS}), and with {@code --why} the findings that hold each of them.
 */
public final class ArticleCheckBench {
    /** How the answering model treats the human translation. */
    enum Corruption {
        NONE, OTHER_ARTICLE, HALF_DROPPED
    }

    /**
     * A human reference that is not a correct translation of its source, checked by hand: the
     * English sentence it translates (a part of it) and the language of the wrong reference. Its
     * article is left out of the "without known errors" row in both directions.
     */
    record ReferenceError(String englishSentence, Language language, String what) {
    }

    /** The references of the parallel news corpus found wrong when their held articles were read. */
    static final List<ReferenceError> REFERENCE_ERRORS = List.of(
            new ReferenceError("is 385 miles south of Punta Eugenia", Language.RU,
                    "385 miles given as 360 km (620 km), 3 to 6 inches as 7-10 cm"),
            new ReferenceError("contact Crimestoppers anonymously on 0800 555 111", Language.HY,
                    "the phone number 0800 555 111 written 080055111, a digit lost"),
            new ReferenceError("with an average of 5.69 million viewers", Language.HY,
                    "5.69 million viewers given as 5,9 million"),
            new ReferenceError("she said to me with a laugh 30 years later", Language.AZ,
                    "the clause \"30 years later\" moved two sentences down, into another paragraph"));

    private final Map<Language, List<String>> lines = new LinkedHashMap<>();
    private final List<String> docs;
    private final LanguageDetector detector = new LanguageDetector();
    /** Per case, how many languages not DONE carry each flag. */
    private final Map<String, Map<String, Integer>> flagCounts = new LinkedHashMap<>();
    /** Per case, how many languages not DONE a hard finding held, and how many the soft budget. */
    private final Map<String, Map<String, Integer>> heldBy = new LinkedHashMap<>();
    /** Human translations DONE and in all, by direction, without the known reference errors. */
    private final Map<String, double[]> withoutKnownErrors = new LinkedHashMap<>();
    /** The known reference errors met, one line each, and with {@code why} the held languages' findings. */
    private final List<String> notes = new ArrayList<>();
    private final boolean why;

    ArticleCheckBench(Path dir, boolean why) throws IOException {
        this.why = why;
        for (Language l : Language.values()) {
            lines.put(l, Files.readAllLines(dir.resolve(l.code() + ".txt"), StandardCharsets.UTF_8));
        }
        docs = Files.readAllLines(dir.resolve("doc_ids.txt"), StandardCharsets.UTF_8);
    }

    /** The articles: line numbers of each document, in order. */
    private List<List<Integer>> articles() {
        Map<String, List<Integer>> byDoc = new LinkedHashMap<>();
        int n = docs.size();
        for (Language l : Language.values()) {
            n = Math.min(n, lines.get(l).size());
        }
        for (int i = 0; i < n; i++) {
            final int line = i;
            if (lines.values().stream().allMatch(ls -> !ls.get(line).isBlank())) {
                byDoc.computeIfAbsent(docs.get(i), d -> new ArrayList<>()).add(i);
            }
        }
        return byDoc.values().stream().filter(l -> l.size() >= 4).toList();
    }

    /** Share of languages DONE per case, by direction ("en>ru"). */
    Map<String, Map<String, double[]>> run() {
        List<List<Integer>> articles = articles();
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        for (Corruption c : Corruption.values()) {
            Map<String, double[]> byDirection = new LinkedHashMap<>();
            for (Language from : Language.values()) {
                for (Language to : from.others()) {
                    if (from != Language.EN && to != Language.EN) {
                        continue;
                    }
                    int done = 0;
                    int total = 0;
                    String direction = from.code() + ">" + to.code();
                    for (int a = 0; a < articles.size(); a++) {
                        Translation t = translate(articles, a, from, to, c);
                        total++;
                        done += t.status() == TranslationStatus.DONE ? 1 : 0;
                        if (c == Corruption.NONE) {
                            ReferenceError error = knownError(articles.get(a), from == Language.EN ? to : from);
                            if (error == null) {
                                double[] counts = withoutKnownErrors.computeIfAbsent(direction, d -> new double[2]);
                                counts[0] += t.status() == TranslationStatus.DONE ? 1 : 0;
                                counts[1]++;
                            } else {
                                notes.add(direction + " article " + a + " (" + t.status() + "): reference error, "
                                        + error.what());
                            }
                            if (why && t.status() != TranslationStatus.DONE) {
                                notes.add(direction + " article " + a + " held: " + t.findings());
                            }
                        }
                        if (t.status() != TranslationStatus.DONE) {
                            t.flags().forEach(f -> flagCounts.computeIfAbsent(c.name(), k -> new java.util.TreeMap<>())
                                    .merge(f, 1, Integer::sum));
                            boolean hard = t.findings().stream().anyMatch(f -> "major".equals(f.severity()));
                            heldBy.computeIfAbsent(c.name(), k -> new java.util.TreeMap<>())
                                    .merge(hard ? "a hard finding" : "soft findings beyond the budget", 1, Integer::sum);
                        }
                    }
                    byDirection.put(direction, new double[] {done, total});
                }
            }
            out.put(c.name(), byDirection);
        }
        return out;
    }

    /** The known error of the reference in {@code language} among the article's lines, if any. */
    private ReferenceError knownError(List<Integer> article, Language language) {
        for (ReferenceError e : REFERENCE_ERRORS) {
            if (e.language() == language
                    && article.stream().anyMatch(line -> lines.get(Language.EN).get(line).contains(e.englishSentence()))) {
                return e;
            }
        }
        return null;
    }

    private Translation translate(List<List<Integer>> articles, int index, Language from, Language to,
                                  Corruption corruption) {
        List<Integer> article = articles.get(index);
        List<Integer> other = articles.get((index + articles.size() / 2) % articles.size());
        Map<String, String> answers = new HashMap<>();
        Random random = new Random(index * 31L + corruption.ordinal());
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < article.size(); k++) {
            int line = article.get(k);
            String source = lines.get(from).get(line).strip();
            String reference = lines.get(to).get(line).strip();
            // a third of the paragraphs (never the title) are corrupted
            boolean corrupt = k > 0 && k % 3 == 1;
            String answer = switch (corrupt ? corruption : Corruption.NONE) {
                case NONE -> reference;
                case OTHER_ARTICLE -> lines.get(to).get(other.get(random.nextInt(other.size()))).strip();
                case HALF_DROPPED -> {
                    String[] words = reference.split(" ");
                    yield String.join(" ", java.util.Arrays.copyOf(words, Math.max(1, words.length / 2)));
                }
            };
            answers.put(normalise(source), answer);
            if (k > 0) {
                blocks.add(new Block(BlockType.PARAGRAPH, source));
            }
        }
        String title = lines.get(from).get(article.get(0)).strip();
        Article a = new Article("bench-" + index, "v" + index, title, null, null, null, null, from, 1.0, blocks,
                "incoming/bench-" + index + ".txt");
        TranslationEngine engine = Wiring.engine(new Answering(answers), "human-reference", GlossarySeed.load(),
                new InMemoryTranslationMemory(), detector, EngineLimits.DEFAULTS);
        return engine.translate(a, null, to);
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A "model" that answers each segment with the text the bench chose for it. */
    private static final class Answering implements ChatModel {
        private final Map<String, String> answers;

        Answering(Map<String, String> answers) {
            this.answers = answers;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            String user = Prompt.readUser(request);
            List<String> out = new ArrayList<>();
            int first = -1;
            for (SegmentCodec.Segment s : SegmentCodec.decode(Prompt.readArticle(user))) {
                first = first < 0 ? s.id() : first;
                out.add(answers.getOrDefault(normalise(s.text()), s.text()));
            }
            String text = SegmentCodec.encode(out, Math.max(first, 1));
            return ChatResponse.builder().aiMessage(AiMessage.from(text))
                    .metadata(ChatResponseMetadata.builder().modelName("human-reference").finishReason(FinishReason.STOP)
                            .tokenUsage(new TokenUsage(user.length() / 4, text.length() / 4)).build())
                    .build();
        }
    }

    public static int main(Path dir, boolean why) throws IOException {
        ArticleCheckBench bench = new ArticleCheckBench(dir, why);
        Map<String, Map<String, double[]>> result = bench.run();
        System.out.println("whole articles through the offline checks (no reviewer), share of languages DONE");
        for (var c : result.entrySet()) {
            System.out.println(row(c.getKey(), c.getValue()));
            if (c.getKey().equals(Corruption.NONE.name())) {
                System.out.println(row("NONE, without known reference errors", bench.withoutKnownErrors));
            }
        }
        bench.notes.forEach(System.out::println);
        bench.flagCounts.forEach((c, counts) -> System.out.println("flags of the languages not DONE, " + c + ": " + counts));
        bench.heldBy.forEach((c, counts) -> System.out.println("languages not DONE, " + c + ", held by: " + counts));
        return 0;
    }

    /** One case's row: the share DONE per direction and in all. */
    private static String row(String name, Map<String, double[]> byDirection) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", name));
        double done = 0;
        double total = 0;
        for (var d : byDirection.entrySet()) {
            row.append(String.format(Locale.ROOT, "  %s %5.1f%%", d.getKey(), 100 * d.getValue()[0] / d.getValue()[1]));
            done += d.getValue()[0];
            total += d.getValue()[1];
        }
        return row.append(String.format(Locale.ROOT, "  all %5.1f%% of %d", 100 * done / total, (int) total)).toString();
    }
}
