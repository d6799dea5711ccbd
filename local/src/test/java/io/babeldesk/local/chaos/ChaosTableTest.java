package io.babeldesk.local.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's reliability table and the chaos cases say the same thing, in the same order. */
class ChaosTableTest {
    @Test
    void readmeListsEveryCaseWithItsExpectedOutcomeInOrder() throws IOException {
        List<String> cases = ChaosSuite.cases().stream().map(c -> c.name() + " | " + c.expected()).toList();
        assertEquals(String.join("\n", cases), String.join("\n", readmeRows()));
    }

    @Test
    void onlyTheHundredThousandWordArticleIsLeftToTheCommand() {
        List<String> commandOnly = ChaosSuite.cases().stream()
                .filter(c -> c.reach() == ChaosCase.Reach.COMMAND_ONLY).map(ChaosCase::name).toList();
        assertEquals(List.of("hostile: 100,000-word article", "large result kept in S3 behind a pointer"), commandOnly);
    }

    @Test
    void caseNamesAreUnique() {
        List<String> names = ChaosSuite.cases().stream().map(ChaosCase::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    }

    /** The rows of the table under "## Reliability", as "case | expected" with the Markdown code marks taken out. */
    private static List<String> readmeRows() throws IOException {
        List<String> rows = new ArrayList<>();
        boolean section = false;
        boolean table = false;
        for (String line : Files.readAllLines(readme())) {
            if (line.startsWith("## ")) {
                section = line.startsWith("## Reliability");
                continue;
            }
            if (!section) {
                continue;
            }
            if (line.startsWith("| case | expected |")) {
                table = true;
            } else if (table && line.startsWith("|---")) {
                continue;
            } else if (table && line.startsWith("| ")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
                rows.add(cells[0].replace("`", "") + " | " + cells[1].replace("`", ""));
            } else if (table) {
                break;
            }
        }
        assertFalse(rows.isEmpty(), "no | case | expected | table under ## Reliability in README.md");
        return rows;
    }

    private static Path readme() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("README.md not found");
        }
        return dir.resolve("README.md");
    }
}
