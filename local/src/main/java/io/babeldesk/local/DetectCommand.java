package io.babeldesk.local;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code babeldesk detect}: one text per line on standard input, one answer per line on standard
 * output: the language ingestion would accept the text as, or {@code und} when it would refuse it.
 */
public final class DetectCommand {
    static final String REFUSED = "und";
    private static final String USAGE = """
            usage: babeldesk detect < texts.txt
                   one text per line in; per line out: en, ru, hy or az as ingestion would accept it,
                   und when ingestion refuses it (another language, mixed languages, too little text)""";

    private DetectCommand() {
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        if (args.length > 0) {
            err.println(USAGE);
            return 2;
        }
        LanguageDetector detector = new LanguageDetector();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.write(answer(detector, line));
                writer.newLine();
            }
        } catch (IOException e) {
            err.println("cannot read standard input: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * The same decision as ingestion: a text whose detection is DETECTED is accepted in that language,
     * every other status (too little text, mixed, unknown) is refused.
     */
    static String answer(LanguageDetector detector, String text) {
        Language language = detector.language(text);
        return language == null ? REFUSED : language.code();
    }
}
