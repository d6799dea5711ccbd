package io.babeldesk.local.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files the chaos cases upload: the sample article, numbered variants of it, and hostile
 * inputs built from its texts (so that the simulated model knows what they say).
 */
final class ChaosArticles {
    private static final String SAMPLE = "events/articles/kremlin-rejects-pashinyan-claim.txt";
    private static final String FIXTURE = "fixture-model/kremlin-rejects-pashinyan-claim.json";

    private ChaosArticles() {
    }

    /** The sample article's bytes, found from the working directory up. */
    static byte[] sample() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(SAMPLE);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readAllBytes(candidate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(SAMPLE + " not found");
    }

    static String sampleText() {
        return new String(sample(), StandardCharsets.UTF_8);
    }

    /** The sample with a numbered desk note after its first body paragraph (and an optional extra paragraph). */
    static byte[] variant(int marker, String extra) {
        List<String> out = new ArrayList<>();
        boolean added = false;
        for (String line : sampleText().lines().toList()) {
            out.add(line);
            if (!added && line.startsWith("The Kremlin has dismissed")) {
                out.add("");
                out.add(ScriptedTexts.deskNote(marker));
                if (extra != null) {
                    out.add("");
                    out.add(extra);
                }
                added = true;
            }
        }
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf() {
        return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n"
                + "\u0000\u0001\u0002x\u009c\nendstream\n%%EOF").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() {
        byte[] bytes = new byte[2048];
        new Random(7).nextBytes(bytes);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("article.txt"));
            zip.write(sample());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] overFiveMegabytes() {
        String text = sampleText();
        StringBuilder sb = new StringBuilder();
        while (sb.length() <= 5 * 1024 * 1024 + 10) {
            sb.append(text).append("\n\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The sample ending in a word whose last UTF-8 sequence is cut off: one invalid byte. */
    static byte[] truncatedUtf8() {
        byte[] full = (sampleText().strip() + " Ереван").getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(full, full.length - 1);
    }

    /** UTF-8 bytes in an HTML page that declares windows-1251. */
    static byte[] wrongCharset() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>" + title() + "</title>"
                + "</head><body><article>" + paragraphs() + "</article></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] deepHtml() {
        StringBuilder sb = new StringBuilder("<html><head><title>" + title() + "</title></head><body>");
        sb.append("<div>".repeat(10_000)).append(paragraphs()).append("</div>".repeat(10_000));
        sb.append("</body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] brokenEnvelope() {
        return "{\"title\": \"Kremlin\", \"body\": \"unterminated".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] envelopeOfWrongTypes() {
        return "{\"title\": 7, \"body\": [1, 2, 3], \"publishedAt\": false}".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] german() {
        return ("Der Kreml hat die Behauptung des armenischen Ministerpräsidenten zurückgewiesen\n\n"
                + "Der Kreml hat die Behauptung des armenischen Ministerpräsidenten Nikol Paschinjan zurückgewiesen, "
                + "Russland ziehe sich aus dem Südkaukasus zurück und schütze Armenien nicht mehr vor Aserbaidschan.\n\n"
                + "Kremlsprecher Dmitri Peskow sagte am Dienstag, Russland sei ein fester Bestandteil der Region und "
                + "werde weiterhin eine wichtige Rolle bei der Stabilisierung der Lage spielen.\n\n"
                + "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, kritisierte die Äußerungen und "
                + "forderte den Regierungschef auf, Verantwortung für sein eigenes Handeln zu übernehmen.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The sample's title, then its body paragraphs alternately in Russian and English. */
    static byte[] mixed() {
        JsonNode segments = fixture().path("segments");
        StringBuilder sb = new StringBuilder(segments.path(0).path("en").asText()).append("\n\n");
        for (int i = 1; i < segments.size() - 1; i++) {
            sb.append(segments.path(i).path(i % 2 == 0 ? "en" : "ru").asText()).append("\n\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] boilerplateOnly() {
        return String.join("\n", List.of("9.7 C", "Munich", "Wednesday, October 4, 2023", "", "Must read", "", "TCT",
                "TCThttps://thecaspiantimes.com", "", "More articles", "", "LEAVE A REPLY", "",
                "Please enter your comment!", "Please enter your name here", "", "Latest article"))
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] oneWord() {
        return "Kremlin".getBytes(StandardCharsets.UTF_8);
    }

    /** About 100,000 words: the sample's paragraphs over and over (so the simulated model knows them). */
    static byte[] longRead() {
        List<String> body = bodyParagraphs();
        StringBuilder sb = new StringBuilder(title() + "\n\n");
        int words = 0;
        while (words < 100_000) {
            for (String p : body) {
                sb.append(p).append("\n\n");
                words += p.split("\\s+").length;
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The sample's body paragraphs as HTML, as the fixture knows them. */
    private static String paragraphs() {
        StringBuilder sb = new StringBuilder();
        for (String p : bodyParagraphs()) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.toString();
    }

    /** The sample's title, body paragraphs and source summary, from the fixture answers. */
    private static List<String> fixtureSegments() {
        List<String> out = new ArrayList<>();
        fixture().path("segments").forEach(s -> out.add(s.path("en").asText()));
        return out;
    }

    private static List<String> bodyParagraphs() {
        List<String> all = fixtureSegments();
        return all.subList(1, all.size() - 1);
    }

    private static String title() {
        return fixtureSegments().get(0);
    }

    private static JsonNode fixture() {
        try (var in = ChaosArticles.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
