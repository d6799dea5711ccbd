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
 * Prints, per case and direction, the share of languages that end DONE.
 */
public final class ArticleCheckBench {
    /** How the answering model treats the human translation. */
    enum Corruption {
        NONE, OTHER_ARTICLE, HALF_DROPPED
    }

    private final Map<Language, List<String>> lines = new LinkedHashMap<>();
    private final List<String> docs;
    private final LanguageDetector detector = new LanguageDetector();
    /** Per case, how many languages not DONE carry each flag. */
    private final Map<String, Map<String, Integer>> flagCounts = new LinkedHashMap<>();
    /** Per case, how many languages not DONE a hard finding held, and how many the soft budget. */
    private final Map<String, Map<String, Integer>> heldBy = new LinkedHashMap<>();

    ArticleCheckBench(Path dir) throws IOException {
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
                    for (int a = 0; a < articles.size(); a++) {
                        Translation t = translate(articles, a, from, to, c);
                        total++;
                        done += t.status() == TranslationStatus.DONE ? 1 : 0;
                        if (t.status() != TranslationStatus.DONE) {
                            t.flags().forEach(f -> flagCounts.computeIfAbsent(c.name(), k -> new java.util.TreeMap<>())
                                    .merge(f, 1, Integer::sum));
                            boolean hard = t.findings().stream().anyMatch(f -> "major".equals(f.severity()));
                            heldBy.computeIfAbsent(c.name(), k -> new java.util.TreeMap<>())
                                    .merge(hard ? "a hard finding" : "soft findings beyond the budget", 1, Integer::sum);
                        }
                    }
                    byDirection.put(from.code() + ">" + to.code(), new double[] {done, total});
                }
            }
            out.put(c.name(), byDirection);
        }
        return out;
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

    public static int main(Path dir) throws IOException {
        ArticleCheckBench bench = new ArticleCheckBench(dir);
        Map<String, Map<String, double[]>> result = bench.run();
        System.out.println("whole articles through the offline checks (no reviewer), share of languages DONE");
        for (var c : result.entrySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", c.getKey()));
            double done = 0;
            double total = 0;
            for (var d : c.getValue().entrySet()) {
                row.append(String.format(Locale.ROOT, "  %s %5.1f%%", d.getKey(), 100 * d.getValue()[0] / d.getValue()[1]));
                done += d.getValue()[0];
                total += d.getValue()[1];
            }
            row.append(String.format(Locale.ROOT, "  all %5.1f%% of %d", 100 * done / total, (int) total));
            System.out.println(row);
        }
        bench.flagCounts.forEach((c, counts) -> System.out.println("flags of the languages not DONE, " + c + ": " + counts));
        bench.heldBy.forEach((c, counts) -> System.out.println("languages not DONE, " + c + ", held by: " + counts));
        return 0;
    }
}
