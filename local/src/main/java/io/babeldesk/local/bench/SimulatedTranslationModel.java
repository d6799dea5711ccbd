package io.babeldesk.local.bench;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.babeldesk.article.Language;
import io.babeldesk.llm.Prompt;
import io.babeldesk.llm.SegmentCodec;
import io.babeldesk.translation.TokenEstimator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SIMULATION, not a translation model: answers translate and summarize requests with pseudo-text
 * made of frequent words of the target language, as long as a real translation would be (character
 * ratios of the parallel news corpus), with the source's numbers, the glossary renderings and its
 * quotation marks kept, the months of an English source's dates named in the target language and
 * its other capitalised words (names) transliterated letter by letter into the target's alphabet,
 * and takes {@code a + b · output tokens} milliseconds (times a scale) to answer, so the planner's
 * wall time can be measured against a naive plan without a provider.
 */
public final class SimulatedTranslationModel implements ChatModel {
    public static final String MODEL_NAME = "babeldesk-simulation (pseudo-text, not a translation)";

    /** Characters of the corpus per character of its English side (en, ru, hy, az). */
    private static final double[] CHARS_PER_ENGLISH_CHAR = {1.000, 1.100, 1.065, 1.083};
    private static final Map<Language, String[]> WORDS = Map.of(
            Language.EN, ("the of and to in a is that for it was on with he as said by at from his an were are "
                    + "which this be have has had not but government minister country people year new after also")
                    .split(" "),
            Language.RU, ("и в не на что он с по это как а но его к из у за от о так же для было сказал министр "
                    + "страны правительство года после также который люди время").split(" "),
            Language.HY, ("և որ է են մի այդ նա իր ինչպես նաև համար հետ բայց երկրի կառավարության նախարար տարի "
                    + "ասել հետո մասին այս էր ենք պետք դեպի մեջ որպես կողմից").split(" "),
            Language.AZ, ("və bu bir ki ilə da üçün olan daha onun həm amma sonra ölkə hökumət nazir il dedi "
                    + "barədə kimi isə artıq bütün çox olaraq edib tərəfindən").split(" "));
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern GLOSSARY_LINE = Pattern.compile("^- (.+) → (.+)$", Pattern.MULTILINE);

    private final Latency latency;
    private final AtomicInteger calls = new AtomicInteger();

    /**
     * Latency of one call: {@code fixedMillis + millisPerOutputToken · tokens}, all times
     * {@code scale} (below 1 to run the benchmark faster with the same ratios).
     */
    public record Latency(double fixedMillis, double millisPerOutputToken, double scale) {
        public static final Latency NONE = new Latency(0, 0, 0);

        public double millis(long outputTokens) {
            return (fixedMillis + millisPerOutputToken * outputTokens) * scale;
        }
    }

    public SimulatedTranslationModel(Latency latency) {
        this.latency = latency;
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        calls.incrementAndGet();
        String system = Prompt.readSystem(request);
        String user = Prompt.readUser(request);
        Map<String, String> header = Prompt.readHeader(user);
        Language source = Language.fromCode(header.get("source-language")).orElse(Language.EN);
        String answer;
        Language output;
        if ("review".equals(header.get("task"))) {
            // review requests get a clean review: the simulated translations are what they are meant to be
            output = Language.EN;
            answer = "{\"errors\":[]}";
        } else if ("summarize".equals(header.get("task"))) {
            output = Language.fromCode(header.get("language")).orElse(source);
            int words = (int) (Integer.parseInt(header.getOrDefault("max-words", "60")) * 0.8);
            answer = filler(output, words * 7, user.hashCode());
        } else {
            output = Language.fromCode(header.get("target-language")).orElseThrow(
                    () -> new IllegalArgumentException("the simulation needs a target-language header"));
            List<String> out = new ArrayList<>();
            for (SegmentCodec.Segment seg : SegmentCodec.decode(Prompt.readArticle(user))) {
                out.add(pseudoTranslation(seg.text(), source, output, system));
            }
            answer = SegmentCodec.encode(out, 1);
        }
        int outputTokens = TokenEstimator.tokensOf(answer, output);
        FinishReason finish = FinishReason.STOP;
        Integer limit = request.maxOutputTokens();
        if (limit != null && outputTokens > limit) {
            answer = answer.substring(0, (int) ((long) answer.length() * limit / outputTokens));
            outputTokens = limit;
            finish = FinishReason.LENGTH;
        }
        sleep(latency.millis(outputTokens));
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(answer))
                .metadata(ChatResponseMetadata.builder()
                        .modelName(MODEL_NAME)
                        .finishReason(finish)
                        .tokenUsage(new TokenUsage(TokenEstimator.inputTokens(system + user, source), outputTokens))
                        .build())
                .build();
    }

    private static String pseudoTranslation(String text, Language source, Language target, String system) {
        int length = (int) Math.round(text.length()
                * CHARS_PER_ENGLISH_CHAR[target.ordinal()] / CHARS_PER_ENGLISH_CHAR[source.ordinal()]);
        StringBuilder sb = new StringBuilder();
        Matcher g = GLOSSARY_LINE.matcher(system);
        while (g.find()) {
            if (text.toLowerCase().contains(g.group(1).toLowerCase())) {
                sb.append(g.group(2)).append(' ');
            }
        }
        if (source == Language.EN && target != Language.EN) {
            // names are carried, transliterated, as a translation carries them
            Matcher w = CAPITALISED.matcher(text);
            while (w.find()) {
                if (!opensSentence(text, w.start())) {
                    sb.append(transliterated(w.group(), target)).append(' ');
                }
            }
        }
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            sb.append(n.group()).append(' ');
        }
        if (source == Language.EN && target != Language.EN) {
            // a date's month is translated, as the numbers are kept
            Matcher m = ENGLISH_MONTH.matcher(text);
            while (m.find()) {
                int month = ENGLISH_MONTHS.indexOf(m.group(1) != null ? m.group(1)
                        : m.group(2) != null ? m.group(2) : m.group(3));
                sb.append(MONTHS_IN.get(target)[month]).append(' ');
            }
        }
        // direct speech stays quoted, as in a real translation
        boolean quoted = QUOTE.matcher(text).find();
        int room = Math.max(0, length - sb.length() - (quoted ? 2 : 0));
        String filler = filler(target, room, text.hashCode());
        sb.append(quoted ? "\u00ab" + filler + "\u00bb" : filler);
        return sb.toString().strip();
    }

    /** A capitalised word of three letters or more, as the names check reads a name. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";
    /** The Latin letters one by one in Russian and Armenian letters (Azerbaijani keeps them). */
    private static final Map<Language, String[]> LETTERS = Map.of(
            Language.RU, "а б к д е ф г х и дж к л м н о п к р с т у в в кс й з".split(" "),
            Language.HY, "ա բ կ դ ե ֆ գ հ ի ջ կ լ մ ն ո պ ք ր ս տ ու վ վ քս յ զ".split(" "));

    /** Whether the word at {@code at} starts the text or a sentence: a capital there is no name. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    private static String transliterated(String word, Language target) {
        String[] letters = LETTERS.get(target);
        if (letters == null) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        for (char c : word.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            int k = LATIN.indexOf(c);
            out.append(k >= 0 ? letters[k] : String.valueOf(c));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");
    /**
     * An English month name; March and May only where they read as a month (next to a number or
     * after a preposition of time), not as a name (Theresa May).
     */
    private static final Pattern ENGLISH_MONTH = Pattern.compile(
            "\\b(January|February|April|June|July|August|September|October|November|December)\\b"
                    + "|(?:(?<=\\d[\\s.,]{0,3})|(?<=\\b(?:in|since|until|by|of|on|from|to|before|after|early|late|mid|last"
                    + "|next|this|during|between|and|through|till)\\s{1,3}))(March|May)\\b|\\b(March|May)(?=\\s+\\d)");
    /** The months as a translation writes them in a date ("in March": в марте, մարտին, martda). */
    private static final Map<Language, String[]> MONTHS_IN = Map.of(
            Language.RU, new String[] {"в январе", "в феврале", "в марте", "в апреле", "в мае", "в июне", "в июле",
                    "в августе", "в сентябре", "в октябре", "в ноябре", "в декабре"},
            Language.HY, new String[] {"հունվարին", "փետրվարին", "մարտին", "ապրիլին", "մայիսին", "հունիսին",
                    "հուլիսին", "օգոստոսին", "սեպտեմբերին", "հոկտեմբերին", "նոյեմբերին", "դեկտեմբերին"},
            Language.AZ, new String[] {"yanvarda", "fevralda", "martda", "apreldə", "mayda", "iyunda", "iyulda",
                    "avqustda", "sentyabrda", "oktyabrda", "noyabrda", "dekabrda"});

    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u00ab\u201e\u0559]");

    private static String filler(Language language, int length, int seed) {
        String[] words = WORDS.get(language);
        StringBuilder sb = new StringBuilder();
        int i = Math.floorMod(seed, words.length);
        while (sb.length() < length) {
            sb.append(words[i]).append(' ');
            // every word in turn: a short cycle of a few words ("edib il olan") can lack the letters
            // that mark its language (ə, ы), as no real paragraph does, and read as no language at all
            i = (i + 1) % words.length;
        }
        return sb.toString().strip();
    }

    private static void sleep(double millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep((long) millis, (int) ((millis % 1) * 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
