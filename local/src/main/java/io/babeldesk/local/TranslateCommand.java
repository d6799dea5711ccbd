package io.babeldesk.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.ChatModel;
import io.babeldesk.handler.Wiring;
import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.Block;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.IngestRefusal;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Config;
import io.babeldesk.config.Json;
import io.babeldesk.glossary.GlossarySeed;
import io.babeldesk.llm.ModelFactory;
import io.babeldesk.summary.Summarizer;
import io.babeldesk.summary.Summary;
import io.babeldesk.summary.SummaryKind;
import io.babeldesk.summary.SummaryRequest;
import io.babeldesk.translation.EngineLimits;
import io.babeldesk.translation.InMemoryTranslationMemory;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationEngine;
import io.babeldesk.translation.TranslationStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code babeldesk translate FILE [--to ru,hy,az] [--provider P]}: extracts, summarises and
 * translates one file in-process (seed glossary, in-memory translation memory, no AWS) and prints
 * the result as JSON.
 */
public final class TranslateCommand {
    private static final String USAGE = "usage: babeldesk translate FILE [--to ru,hy,az] [--provider fixture|openai|...]";

    private TranslateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** 0 when every language was translated (DONE or NEEDS_REVIEW), 1 when one FAILED, 2 on bad input. */
    public static int run(String[] args) {
        return run(args, Main.localConfig(), System.out);
    }

    static int run(String[] args, Config environment, java.io.PrintStream stdout) {
        String file = null;
        String to = null;
        String provider = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--to" -> to = i + 1 < args.length ? args[++i] : null;
                case "--provider" -> provider = i + 1 < args.length ? args[++i] : null;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (file != null || args[i].startsWith("--")) {
                        return usage("unexpected argument: " + args[i]);
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            return usage("no file given");
        }
        Config config = environment;
        if (provider != null) {
            config = config.with("BABELDESK_LLM_PROVIDER", provider);
        }
        Path path = Path.of(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return error(stdout, "NO_SUCH_FILE", "no such file: " + file, 2);
        } catch (IOException e) {
            return error(stdout, "UNREADABLE_FILE", "cannot read " + file + ": " + e.getMessage(), 2);
        }
        LanguageDetector detector = new LanguageDetector();
        ExtractedArticle extracted;
        try {
            extracted = new ArticleExtractor(detector).extract(bytes, path.getFileName().toString());
        } catch (IngestRefusal r) {
            return error(stdout, r.code().name(), r.getMessage(), 2);
        }
        Article article = article(path, extracted);
        List<Language> targets;
        try {
            targets = targets(to, article.sourceLanguage());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        ChatModel model;
        try {
            model = ModelFactory.create(config);
        } catch (IllegalArgumentException e) {
            return error(stdout, "UNKNOWN_PROVIDER", e.getMessage(), 2);
        } catch (RuntimeException e) {
            return error(stdout, "MODEL_UNAVAILABLE", e.getMessage(), 1);
        }
        String modelId = ModelFactory.modelId(config);

        ObjectNode out = Json.MAPPER.createObjectNode();
        ObjectNode head = out.putObject("article");
        head.put("id", article.id());
        head.put("title", article.title());
        head.put("sourceLanguage", article.sourceLanguage().code());
        String summary = null;
        try {
            Summary written = Wiring.summarizer(model, modelId, detector)
                    .summarize(article, new SummaryRequest(article.sourceLanguage(), SummaryKind.SHORT, null, null));
            summary = written.text();
            // the source language's own verdict, as the pipeline stores it: its summary's checks
            head.put("status", written.status().name());
            ArrayNode flags = head.putArray("flags");
            written.flags().forEach(flags::add);
            if (written.reason() != null) {
                head.put("reason", written.reason());
            }
            head.set("findings", Json.MAPPER.valueToTree(written.segmentFindings()));
        } catch (RuntimeException e) {
            // the article is still translated: its summary is what is missing, and the output says so
            head.put("status", TranslationStatus.NEEDS_REVIEW.name());
            head.putArray("flags").add("SUMMARY_FAILED");
            head.put("summaryError", e.getMessage());
        }
        head.put("summary", summary);

        TranslationEngine engine = Wiring.engine(config, model, modelId, GlossarySeed.load(),
                new InMemoryTranslationMemory(), detector);
        Map<Language, Translation> results = new LinkedHashMap<>();
        String sourceSummary = summary;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Translation>> futures = new ArrayList<>();
            for (Language target : targets) {
                futures.add(pool.submit(() -> engine.translate(article, sourceSummary, target)));
            }
            for (int i = 0; i < targets.size(); i++) {
                results.put(targets.get(i), futures.get(i).get());
            }
        } catch (Exception e) {
            return error(stdout, "TRANSLATION_BROKE", e.toString(), 1);
        }
        ObjectNode translations = out.putObject("translations");
        boolean failed = false;
        for (Map.Entry<Language, Translation> e : results.entrySet()) {
            Translation t = e.getValue();
            failed |= t.status() == TranslationStatus.FAILED;
            ObjectNode node = translations.putObject(e.getKey().code());
            node.put("status", t.status().name());
            ArrayNode flags = node.putArray("flags");
            t.flags().forEach(flags::add);
            if (t.reason() != null) {
                node.put("reason", t.reason());
            }
            node.put("title", t.title());
            ArrayNode blocks = node.putArray("blocks");
            for (Block b : t.blocks()) {
                blocks.addObject().put("type", b.type().wireName()).put("text", b.text());
            }
            node.put("summary", t.summary());
            node.set("findings", Json.MAPPER.valueToTree(t.findings()));
            node.set("usage", Json.MAPPER.valueToTree(t.usage()));
        }
        print(stdout, out);
        return failed ? 1 : 0;
    }

    /** Id from the file name; version is the hash of the cleaned text, as ingestion computes it. */
    static Article article(Path path, ExtractedArticle e) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        return new Article(id, sha256(e.cleanText()), e.title(), e.byline(), e.publishedAt(), e.siteName(), e.url(),
                e.language(), e.languageConfidence(), e.blocks(), path.toString());
    }

    static List<Language> targets(String to, Language source) {
        if (to == null || to.isBlank()) {
            return source.others();
        }
        List<Language> out = new ArrayList<>();
        for (String code : to.split(",")) {
            Language l = Language.fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                    "unknown language: " + code.strip() + " (expected en, ru, hy or az)"));
            if (l != source && !out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static int usage(String message) {
        System.err.println(message);
        System.err.println(USAGE);
        return 2;
    }

    private static int error(java.io.PrintStream stdout, String code, String message, int exitCode) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.putObject("error").put("code", code).put("message", message);
        print(stdout, out);
        return exitCode;
    }

    private static void print(java.io.PrintStream stdout, ObjectNode node) {
        try {
            stdout.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
