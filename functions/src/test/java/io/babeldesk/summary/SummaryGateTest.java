package io.babeldesk.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.translation.Finding;
import io.babeldesk.translation.QualityFlag;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the summary checks let through as DONE, and what they hold back for an editor. */
class SummaryGateTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final SummaryGate GATE = new SummaryGate(DETECTOR, io.babeldesk.glossary.GlossarySeed.load());

    static final List<String> PARAGRAPHS = List.of(
            "The Kremlin has dismissed a claim by Armenian Prime Minister Nikol Pashinyan that Russia is failing to protect Armenia from Azerbaijan’s aggression and is withdrawing from the South Caucasus region.",
            "The Kremlin said that Russia is an integral part of the region and will continue to play a key role in ensuring security and stability.",
            "Pashinyan made the controversial statement in an interview with the Italian newspaper La Repubblica, published on Sunday. He accused Russia of not fulfilling its obligations as a security guarantor for Armenia, especially in relation to the disputed Nagorno-Karabakh region, which is internationally recognized as part of Azerbaijan but populated by ethnic Armenians.",
            "Kremlin spokesman Dmitry Peskov rejected Pashinyan’s claim on Tuesday, saying that Russia is not planning to leave the region and will continue to uphold the ceasefire deal that it brokered between Armenia and Azerbaijan in 2020, after a six-week war over Nagorno-Karabakh. He also said that Russia has a military base in Armenia and has deployed peacekeepers to the conflict zone.",
            "Russian Foreign Ministry spokeswoman Maria Zakharova also criticized Pashinyan’s remarks, calling them “public rhetoric verging on rudeness” and urging him to take responsibility for his own actions instead of blaming others.",
            "Nagorno-Karabakh has been a source of tension between Armenia and Azerbaijan for decades. It broke away from Baku’s control in a war in the early 1990s, but Azerbaijan regained some of the territory in the 2020 war, which killed thousands of people and displaced tens of thousands more.");
    static final Article ARTICLE = new Article("a", "v1",
            "Kremlin Rejects Armenian PM’s Claim that Russia is Leaving South Caucasus", null, null, null, null,
            Language.EN, 0.99, PARAGRAPHS.stream().map(Block::paragraph).toList(), null);
    static final String EN = "The Kremlin has rejected Armenian Prime Minister Nikol Pashinyan’s claim that Russia is failing to protect Armenia and is withdrawing from the South Caucasus. Kremlin spokesman Dmitry Peskov said Russia remains an integral part of the region and will keep upholding the 2020 ceasefire it brokered, while Russian Foreign Ministry spokeswoman Maria Zakharova called Pashinyan’s remarks “public rhetoric verging on rudeness”.";
    static final String RU = "Кремль отверг заявление премьер-министра Армении Никола Пашиняна о том, что Россия не справляется с защитой Армении и уходит с Южного Кавказа. Пресс-секретарь Кремля Дмитрий Песков заявил, что Россия остаётся неотъемлемой частью региона и продолжит обеспечивать соблюдение заключённого при её посредничестве соглашения о прекращении огня 2020 года, а официальный представитель МИД России Мария Захарова назвала высказывания Пашиняна «публичной риторикой на грани хамства».";
    static final String HY = "Կրեմլը մերժել է Հայաստանի վարչապետ Նիկոլ Փաշինյանի պնդումն առ այն, որ Ռուսաստանը չի կարողանում պաշտպանել Հայաստանը և հեռանում է Հարավային Կովկասից։ Կրեմլի խոսնակ Դմիտրի Պեսկովը հայտարարել է, որ Ռուսաստանը մնում է տարածաշրջանի անբաժանելի մասը և շարունակելու է ապահովել իր միջնորդությամբ կնքված 2020 թվականի հրադադարի համաձայնագրի պահպանումը, իսկ Ռուսաստանի ԱԳՆ պաշտոնական ներկայացուցիչ Մարիա Զախարովան Փաշինյանի հայտարարություններն անվանել է «կոպտության սահմանին հասնող հրապարակային հռետորաբանություն»։";
    static final String AZ = "Kreml Ermənistanın baş naziri Nikol Paşinyanın Rusiyanın Ermənistanı qoruya bilmədiyi və Cənubi Qafqazı tərk etdiyi barədə iddiasını rədd edib. Kremlin sözçüsü Dmitri Peskov bildirib ki, Rusiya regionun ayrılmaz hissəsi olaraq qalır və öz vasitəçiliyi ilə əldə olunmuş 2020-ci il atəşkəs razılaşmasına əməl olunmasını təmin etməyə davam edəcək, Rusiya XİN-in sözçüsü Mariya Zaxarova isə Paşinyanın açıqlamalarını “kobudluq həddinə çatan ictimai ritorika” adlandırıb.";

    private static Set<QualityFlag> flags(Language language, SummaryKind kind, String text, boolean truncated) {
        List<Finding> found = GATE.findings(ARTICLE, new SummaryRequest(language, kind, null, null), text, truncated);
        return found.stream().map(Finding::flag).collect(Collectors.toSet());
    }

    private static Set<QualityFlag> flags(Language language, String text) {
        return flags(language, SummaryKind.SHORT, text, false);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aFaithfulSummaryInTheRequestedLanguagePasses(Language language) {
        String text = switch (language) {
            case EN -> EN;
            case RU -> RU;
            case HY -> HY;
            case AZ -> AZ;
        };
        assertEquals(Set.of(), flags(language, text), language.code());
    }

    @Test
    void theBenchsGateThatPassesAllLetsThroughWhatTheGateHolds() {
        String whole = String.join("\n\n", PARAGRAPHS);
        SummaryRequest request = new SummaryRequest(Language.EN, SummaryKind.MEDIUM, null, null);
        assertEquals(List.of(), SummaryGate.passingAll().findings(ARTICLE, request, whole, true));
        assertFalse(GATE.findings(ARTICLE, request, whole, true).isEmpty());
    }

    @Test
    void theArticleReturnedAsItsSummaryIsHeldBack() {
        String whole = String.join("\n\n", PARAGRAPHS);
        assertTrue(flags(Language.EN, SummaryKind.MEDIUM, whole, false).contains(QualityFlag.COPIED_ARTICLE));
    }

    @Test
    void aSummaryOverTheWordsAskedForIsTooLong() {
        assertEquals(Set.of(QualityFlag.TOO_LONG), flags(Language.EN, SummaryKind.HEADLINE, EN, false));
    }

    @Test
    void aSummaryCutAtTheOutputLimitIsHeldBack() {
        String cut = EN.substring(0, EN.indexOf("while"));
        assertEquals(Set.of(QualityFlag.TRUNCATED), flags(Language.EN, SummaryKind.SHORT, cut, true));
    }

    @Test
    void aSummaryInAnotherLanguageThanAskedIsHeldBack() {
        assertTrue(flags(Language.RU, EN).contains(QualityFlag.WRONG_SCRIPT), "English for Russian");
        assertTrue(flags(Language.AZ, EN).contains(QualityFlag.WRONG_LANGUAGE), "English for Azerbaijani");
    }

    @Test
    void aNumberTheArticleDoesNotHaveIsHeldBack() {
        assertEquals(Set.of(QualityFlag.ADDED_NUMBER), flags(Language.EN, EN.replace("2020", "2021")));
        assertEquals(Set.of(QualityFlag.ADDED_NUMBER), flags(Language.RU, RU.replace("2020", "2019")));
    }

    @Test
    void numbersAndNamesOfTheArticleInAnotherFormOrScriptPass() {
        assertEquals(Set.of(), flags(Language.EN, EN + " The war of the early 1990s ended, and six weeks of fighting followed in 2020."));
        assertEquals(Set.of(), flags(Language.RU, RU + " Пашинян дал интервью газете La Repubblica."));
    }

    @Test
    void aNameTheArticleDoesNotHaveIsHeldBack() {
        assertEquals(Set.of(QualityFlag.ADDED_NAME), flags(Language.EN,
                EN.replace("Kremlin spokesman Dmitry Peskov", "Foreign Minister Sergei Lavrov")));
        assertEquals(Set.of(QualityFlag.ADDED_NAME), flags(Language.RU,
                RU.replace("Пресс-секретарь Кремля Дмитрий Песков", "Министр иностранных дел Сергей Лавров")));
    }

    @Test
    void inAnotherLanguageOneNameMayBeATranslatedWordButNamesFromElsewhereAreHeldBack() {
        assertEquals(Set.of(), flags(Language.RU, RU + " Это решение поддержал Совет."),
                "Совет may translate a council the article names");
        assertEquals(Set.of(QualityFlag.ADDED_NAME), flags(Language.RU,
                "Министр Джон Смит и Анна Браун посетили Лондон в среду."));
        assertEquals(Set.of(QualityFlag.ADDED_NAME), flags(Language.EN, EN + " The deal was signed in Vienna."),
                "in the article's own language every name must be there");
    }

    @Test
    void aRefusalIsHeldBack() {
        assertTrue(flags(Language.EN, "I'm sorry, but I can't help with summarising this article.")
                .contains(QualityFlag.REFUSAL));
    }

    @Test
    void theSummarizerSetsTheStatusFromTheChecks() {
        SummaryRequest request = new SummaryRequest(Language.EN, SummaryKind.SHORT, null, null);
        Summary clean = new Summarizer((s, segs, r, max) -> new SummaryModel.Written(EN, new Usage(1, 10, 5)), "m",
                GATE).summarize(ARTICLE, request);
        assertEquals(TranslationStatus.DONE, clean.status());
        assertEquals(null, clean.reason());
        Summary cut = new Summarizer((s, segs, r, max) -> new SummaryModel.Written(EN, new Usage(1, 10, 5), true), "m",
                GATE).summarize(ARTICLE, request);
        assertEquals(TranslationStatus.NEEDS_REVIEW, cut.status());
        assertEquals(List.of("TRUNCATED"), cut.flags());
        assertEquals("summary", cut.segmentFindings().get(0).part());
        assertTrue(cut.reason().contains("output limit"), cut.reason());
    }

    @Test
    void wordsAreCountedAsTheWordPatternFindsThem() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’-]*");
        for (String text : List.of("", "   ", "The Kremlin’s well-known spokesman said: \"no\" - twice.",
                "2,5 млн долларов — это 30-е годы", "Հայաստանի վարչապետ Նիկոլ Փաշինյանը՝ «այո»։",
                "Azərbaycan'ın paytaxtı Bakı, ½ and Ⅻ, 𝐀𝐁 x\u0301y -- ' ’ - a-", "e\u0301 \u0301a 9\u20e3")) {
            java.util.regex.Matcher m = word.matcher(text);
            int expected = 0;
            while (m.find()) {
                expected++;
            }
            assertEquals(expected, SummaryGate.words(text), text);
        }
    }
}
