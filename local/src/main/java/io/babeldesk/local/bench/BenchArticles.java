package io.babeldesk.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Article text for the benches: the sample upload, and generated English news of any length
 * whose sentences vary (names, places, figures, dates) so that no two paragraphs repeat and the
 * translation memory does not make long articles look cheap.
 */
public final class BenchArticles {
    public static final String SAMPLE = "events/articles/kremlin-rejects-pashinyan-claim.txt";

    private static final String[] PEOPLE = {"Prime Minister Nikol Pashinyan", "President Ilham Aliyev",
            "Kremlin spokesman Dmitry Peskov", "Foreign Minister Ararat Mirzoyan", "Foreign Minister Jeyhun Bayramov",
            "Deputy Prime Minister Mher Grigoryan", "the EU's special representative Toivo Klaar",
            "Economy Minister Gevorg Papoyan", "the central bank governor Martin Galstyan", "analyst Thomas de Waal"};
    private static final String[] PLACES = {"Yerevan", "Baku", "Moscow", "Brussels", "Tbilisi", "Gyumri", "Ganja",
            "Syunik", "Nakhchivan", "Washington", "Ankara", "Tehran"};
    private static final String[] TOPICS = {"the border commission", "the peace treaty", "the new budget",
            "the transit corridor", "the gas contract", "the railway project", "the customs agreement",
            "the humanitarian programme", "the electoral reform", "the energy market"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final List<String> SENTENCES = List.of(
            "%P said on %D that %T would be discussed again in %L before the end of %M.",
            "Officials in %L confirmed that talks on %T had resumed after a pause of %N weeks.",
            "According to figures published in %L, exports grew by %N percent in the first nine months of the year.",
            "%P told reporters in %L that the government expected to sign %T by %M %Y.",
            "The ministry said %N families had received support under %T since %M.",
            "Speaking in %L, %P described %T as a test of whether both sides wanted a lasting settlement.",
            "Critics of %T argued that it had been negotiated without consulting parliament.",
            "A delegation from %L is due to arrive on %D to review progress on %T.",
            "Inflation slowed to %F percent in %M, the lowest level since %Y, as food prices stabilised.",
            "The opposition walked out of the session, accusing the ruling party of ignoring its amendments to %T.",
            "Local residents said the new road had cut the journey from %L to the regional capital to %N minutes.",
            "%P added that the cost of %T would reach %N million dollars over %F years.",
            "Diplomats in %L said privately that the timetable for %T was unrealistic.",
            "The statement, issued late on %D, did not say when %T would be put to a vote.",
            "Traders in %L reported that the currency had weakened by %F percent against the dollar since %M.",
            "%P rejected the claim, saying it misrepresented what had been agreed in %L in %Y.",
            "Observers from %L will monitor the process, which is expected to take %N days.",
            "Under the draft, %T would come into force on %N %M %Y if both parliaments ratify it.");

    private BenchArticles() {
    }

    /** The sample upload's bytes, read from the project directory. */
    public static byte[] sample() {
        try {
            return Files.readAllBytes(ProjectFiles.root().resolve(SAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException("the sample article is read from " + SAMPLE, e);
        }
    }

    /**
     * A plain-text English news article of at least {@code words} words (title, a dateline paragraph,
     * then paragraphs of three to six sentences), the same text for the same seed.
     */
    public static String english(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        text.append("Talks on ").append(pick(random, TOPICS).substring(4)).append(" resume in ")
                .append(pick(random, PLACES)).append(" as ").append(pick(random, PLACES))
                .append(" weighs its options\n\n");
        int count = 0;
        while (count < words) {
            int sentences = 3 + random.nextInt(4);
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < sentences && count < words; s++) {
                String sentence = fill(SENTENCES.get(random.nextInt(SENTENCES.size())), random);
                sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
                paragraph.append(sentence).append(' ');
                count += sentence.split(" ").length;
            }
            text.append(paragraph.toString().strip()).append("\n\n");
        }
        return text.toString();
    }

    public static byte[] englishBytes(int words, long seed) {
        return english(words, seed).getBytes(StandardCharsets.UTF_8);
    }

    private static String fill(String template, Random random) {
        return template.replace("%P", pick(random, PEOPLE)).replace("%L", pick(random, PLACES))
                .replace("%T", pick(random, TOPICS)).replace("%D", pick(random, DAYS))
                .replace("%M", pick(random, MONTHS)).replace("%Y", Integer.toString(2015 + random.nextInt(11)))
                .replace("%N", Integer.toString(2 + random.nextInt(480)))
                .replace("%F", (1 + random.nextInt(9)) + "." + random.nextInt(10));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Where the project's files are: the working directory or the nearest parent holding template.yaml. */
    static final class ProjectFiles {
        private ProjectFiles() {
        }

        static Path root() {
            Path dir = Path.of("").toAbsolutePath();
            for (Path d = dir; d != null; d = d.getParent()) {
                if (Files.isRegularFile(d.resolve("template.yaml"))) {
                    return d;
                }
            }
            return dir;
        }
    }
}
