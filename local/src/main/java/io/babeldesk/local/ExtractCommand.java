package io.babeldesk.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.article.ArticleExtractor;
import io.babeldesk.article.Block;
import io.babeldesk.article.ExtractedArticle;
import io.babeldesk.article.IngestRefusal;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.config.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code babeldesk extract}: shows what the extraction step makes of a file, or extracts a whole
 * folder of pages for measuring.
 */
public final class ExtractCommand {
    private static final String USAGE = """
            usage: babeldesk extract FILE            article as JSON
                   babeldesk extract --text FILE     title, blank line, body blocks
                   babeldesk extract --batch INDIR OUTDIR
                                                     OUTDIR/<name>.txt body text for every file (.gz read too)""";
    private static final int BATCH_THREADS = 2;

    private ExtractCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> list = new ArrayList<>(List.of(args));
        if (!list.isEmpty() && list.get(0).equals("extract")) {
            list.remove(0);
        }
        try {
            if (list.size() == 3 && list.get(0).equals("--batch")) {
                return batch(Path.of(list.get(1)), Path.of(list.get(2)), err);
            }
            if (list.size() == 2 && list.get(0).equals("--text")) {
                ExtractedArticle a = new ArticleExtractor(new LanguageDetector())
                        .extract(read(Path.of(list.get(1))), baseName(Path.of(list.get(1))));
                out.println(a.title() == null ? "" : a.title());
                out.println();
                out.println(bodyText(a));
                return 0;
            }
            if (list.size() == 1 && !list.get(0).startsWith("--")) {
                ExtractedArticle a = new ArticleExtractor(new LanguageDetector())
                        .extract(read(Path.of(list.get(0))), baseName(Path.of(list.get(0))));
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(a)));
                return 0;
            }
            err.println(USAGE);
            return 2;
        } catch (IngestRefusal refusal) {
            err.println("refused (" + refusal.code() + "): " + refusal.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return 1;
        }
    }

    static ObjectNode toJson(ExtractedArticle a) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("title", a.title());
        node.put("byline", a.byline());
        node.put("publishedAt", a.publishedAt());
        node.put("siteName", a.siteName());
        node.put("url", a.url());
        node.put("language", a.language() == null ? null : a.language().code());
        node.put("languageConfidence", a.languageConfidence());
        ArrayNode blocks = node.putArray("blocks");
        for (Block b : a.blocks()) {
            blocks.addObject().put("type", b.type().wireName()).put("text", b.text());
        }
        ArrayNode warnings = node.putArray("warnings");
        a.warnings().forEach(warnings::add);
        return node;
    }

    private static int batch(Path in, Path out, PrintStream err) throws IOException {
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        ArticleExtractor extractor = new ArticleExtractor(new LanguageDetector());
        ExecutorService pool = Executors.newFixedThreadPool(BATCH_THREADS);
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path file : files) {
                jobs.add(pool.submit(() -> {
                    String name = outputName(file.getFileName().toString());
                    try {
                        ExtractedArticle a = extractor.extractText(read(file), baseName(file));
                        Files.writeString(out.resolve(name + ".txt"), bodyText(a), StandardCharsets.UTF_8);
                    } catch (IngestRefusal r) {
                        refused.incrementAndGet();
                        err.println(file.getFileName() + ": refused (" + r.code() + "): " + r.getMessage());
                    } catch (IOException | RuntimeException e) {
                        refused.incrementAndGet();
                        err.println(file.getFileName() + ": failed: " + e);
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (java.util.concurrent.ExecutionException e) {
            err.println("batch failed: " + e.getCause());
            return 1;
        } finally {
            pool.shutdown();
        }
        err.println("extracted " + (files.size() - refused.get()) + " of " + files.size() + " files into " + out);
        return 0;
    }

    static String bodyText(ExtractedArticle a) {
        StringBuilder sb = new StringBuilder();
        for (Block b : a.blocks()) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.append('\n').toString();
    }

    /** The file name without .gz and without its document extension. */
    static String outputName(String fileName) {
        String name = fileName;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        for (String ext : new String[] {".html", ".htm", ".txt", ".md", ".json"}) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /** The name the extractor sees: .gz removed, so that the document extension still counts. */
    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static byte[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return bytes;
        }
        try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length * 4);
            // Stop a little past the size limit: the extractor refuses it with a clear message.
            byte[] chunk = new byte[65536];
            int n;
            while ((n = gz.read(chunk)) > 0) {
                buffer.write(chunk, 0, n);
                if (buffer.size() > ArticleExtractor.MAX_BYTES + 1) {
                    break;
                }
            }
            return buffer.toByteArray();
        }
    }
}
