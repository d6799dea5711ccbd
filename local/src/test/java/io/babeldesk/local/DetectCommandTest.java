package io.babeldesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectCommandTest {
    private static List<String> detect(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = DetectCommand.run(new String[0],
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void answersOneLanguageCodePerInputLine() {
        assertEquals(List.of("en", "ru", "hy", "az"), detect(
                "The harbour authority said on Tuesday that the new ferry will start sailing in May.",
                "Портовое управление во вторник сообщило, что новый паром начнёт ходить в мае.",
                "Նավահանգստի վարչությունը երեքշաբթի հայտնել է, որ նոր լաստանավը կսկսի երթևեկել մայիսին։",
                "Liman idarəsi çərşənbə axşamı bildirib ki, yeni bərə may ayında işləməyə başlayacaq."));
    }

    @Test
    void answersUndForWhatIngestionRefuses() {
        assertEquals(List.of("und", "und", "und"), detect(
                "Die Hafenbehörde teilte am Dienstag mit, dass die neue Fähre im Mai in Betrieb geht.",
                "Ferry news",
                "— 12:40 —"));
    }
}
