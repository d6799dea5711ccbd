package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final String PAGE = """
            <html><head><title>Ferry service resumes</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Ferry service resumes</h1>
            <p>The harbour authority said on Tuesday that the new ferry will start sailing in May, two years
            after the old one was taken out of service.</p>
            <p>Tickets will cost the same as before, and the crossing will take forty minutes.</p>
            </article></body></html>""";

    @Test
    void batchReadsGzippedHtmlPagesAsHtml(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("ferry.html.gz")))) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        int code = ExtractCommand.run(new String[] {"extract", "--batch", in.toString(), out.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String text = Files.readString(out.resolve("ferry.txt"));
        assertTrue(text.startsWith("The harbour authority said on Tuesday"), text);
        assertTrue(!text.contains("<p>") && !text.contains("Home"), text);
    }
}
