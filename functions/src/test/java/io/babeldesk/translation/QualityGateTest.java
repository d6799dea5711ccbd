package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Language;
import io.babeldesk.article.LanguageDetector;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityGateTest {
    private static final QualityGate GATE = new QualityGate(new LanguageDetector());
    private static final GlossaryMatcher TERMS = new GlossaryMatcher(HandTranslations.glossary().all());

    private static Set<QualityFlag> review(int sentence, Language source, Language target, String translation) {
        String text = HandTranslations.get(sentence, source);
        List<GlossaryEntry> terms = TERMS.find(text, source);
        return GATE.review(text, translation, source, target, terms);
    }

    @Test
    void handTranslationsPassEveryCheckInEveryDirection() {
        for (int i = 0; i < HandTranslations.SENTENCES.size(); i++) {
            for (Language source : Language.values()) {
                for (Language target : source.others()) {
                    Set<QualityFlag> flags = review(i, source, target, HandTranslations.get(i, target));
                    assertEquals(Set.of(), flags, "sentence " + i + " " + source + "→" + target);
                }
            }
        }
    }

    @Test
    void englishReplyForAzerbaijaniIsWrongLanguage() {
        Set<QualityFlag> flags = review(3, Language.RU, Language.AZ, HandTranslations.get(3, Language.EN));
        assertTrue(flags.contains(QualityFlag.WRONG_LANGUAGE), flags.toString());
    }

    @Test
    void latinReplyForRussianIsWrongScript() {
        Set<QualityFlag> flags = review(1, Language.EN, Language.RU, HandTranslations.get(1, Language.AZ));
        assertTrue(flags.contains(QualityFlag.WRONG_SCRIPT), flags.toString());
    }

    @Test
    void numbersMayChangeTheirGroupingButNotTheirValue() {
        assertEquals(List.of(), QualityGate.missingNumbers("2,000 soldiers in 2020", "2 000 военных в 2020 году"));
        assertEquals(List.of(), QualityGate.missingNumbers("2,000 soldiers", "2.000 əsgər"));
        assertEquals(List.of(), QualityGate.missingNumbers("9.7 percent", "9,7 процента"));
        assertEquals(List.of(), QualityGate.missingNumbers("10,000 people", "10 тысяч человек"));
        assertEquals(List.of(), QualityGate.missingNumbers("$1.5 billion", "1,5 млрд долларов"));
        assertEquals(List.of(), QualityGate.missingNumbers("at 3 p.m. and 7.55am", "в 15:00 и в 07:55"));
        assertEquals(List.of("2,000"), QualityGate.missingNumbers("2,000 soldiers", "200 военных"));
        assertEquals(List.of("9.7"), QualityGate.missingNumbers("9.7 percent", "97 процентов и 9 дней"),
                "a decimal is not its digits in another order");
        Set<QualityFlag> flags = review(2, Language.EN, Language.RU,
                "Премьер-министр Никол Пашинян заявил, что в 2020 году на границу были направлены тысячи военнослужащих.");
        assertTrue(flags.contains(QualityFlag.MISSING_NUMBER), flags.toString());
    }

    @Test
    void imperialQuantitiesMayBeGivenInMetricUnitsAsTranslatorsRoundThem() {
        assertEquals(List.of(), QualityGate.missingNumbers("about 30 yards out", "примерно в 27 метрах"));
        assertEquals(List.of(), QualityGate.missingNumbers("the 550 pound hog", "свинья весом в 250 килограмм"));
        assertEquals(List.of(), QualityGate.missingNumbers("a 650 pound pig", "300-килограммовое животное"));
        assertEquals(List.of(), QualityGate.missingNumbers("within 40 miles of the border", "в 65 км от границы"));
        assertEquals(List.of(), QualityGate.missingNumbers("2 to 4 inches of rain", "от 5 до 10 см осадков"));
        assertEquals(List.of(), QualityGate.missingNumbers("a sunny 80 degrees", "27 градусов тепла"));
        assertEquals(List.of(), QualityGate.missingNumbers("130 մղոն (208 կիլոմետր)", "130 miles"));
        assertEquals(List.of(), QualityGate.missingNumbers("130 miles", "130 մղոն (208 կիլոմետր)"),
                "a conversion the translator adds is no added number");
        // the same quantities changed
        assertEquals(List.of("550"), QualityGate.missingNumbers("the 550 pound hog", "свинья весом в 253 килограмм"));
        assertEquals(List.of("200"), QualityGate.missingNumbers("within 200 miles", "в радиусе 330 км"));
        assertEquals(List.of("80"), QualityGate.missingNumbers("a sunny 80 degrees", "29 градусов тепла"));
        assertEquals(List.of("107"), QualityGate.missingNumbers("30 метров (107 футов)", "30 meters (100 feet)"),
                "feet are compared with feet when both texts keep them");
        assertEquals(List.of("11"), QualityGate.missingNumbers("up to 11 inches", "до 4 дюймов"));
    }

    @Test
    void decadesTimesAndNumberWordsReadAsTheTranslatorsWriteThem() {
        assertEquals(List.of(), QualityGate.missingNumbers("moved out in the 1930s", "покинули приход в 30-е годы"));
        assertEquals(List.of(), QualityGate.missingNumbers("в 30-е годы", "in the 1930s"));
        assertEquals(List.of(), QualityGate.missingNumbers("is 5.30pm on a Saturday", "17:30 — идеальное время"));
        assertEquals(List.of(), QualityGate.missingNumbers("17:30 — идеальное время", "is 5.30pm on a Saturday"));
        assertEquals(List.of(), QualityGate.missingNumbers("5,9 մլն դիտող", "5.9 million viewers"));
        assertEquals(List.of(), QualityGate.missingNumbers("on the 15-ci minute", "on the quarter-hour mark"));
        assertEquals(List.of(), QualityGate.missingNumbers("son 20 ildə", "in the past two decades"));
        assertEquals(List.of(), QualityGate.missingNumbers("in 18 games", "տասնութերորդ խաղում"));
        assertEquals(List.of(), QualityGate.missingNumbers("затем клетки должны быть 0ведены повторно", "then reinjected"),
                "a zero typed for the letter o is no number");
        assertEquals(List.of("70"), QualityGate.missingNumbers("70 people", "յոթ մարդ"), "seven is not seventy");
    }

    @Test
    void halvesQuartersAndScaleWordsAreTheNumbersTranslatorsWrite() {
        assertEquals(List.of(), QualityGate.missingNumbers("Около 50% избирателей поддержали план.",
                "About half of the voters supported the plan."));
        assertEquals(List.of(), QualityGate.missingNumbers("75% бюджета ушло на оборону.",
                "Three-quarters of the budget went to defence."));
        assertEquals(List.of(), QualityGate.missingNumbers("На митинг пришли более 1 миллиона человек.",
                "More than a million people attended the rally."));
        assertEquals(List.of(), QualityGate.missingNumbers("Ущерб оценивается в 2 миллиона долларов.",
                "The damage is put at two million dollars."));
        assertEquals(List.of("60"), QualityGate.missingNumbers("Около 60% избирателей поддержали план.",
                "About half of the voters supported the plan."), "half is not 60 per cent");
    }

    @Test
    void azerbaijaniNumberWordsAreReadOnlyInAzerbaijani() {
        assertEquals(List.of("10"), QualityGate.missingNumbers("Bu, 10%-ə qədər ola bilər.",
                "It could be as much as three per cent, on top of the duty."), "English \"on\" is not ten");
        assertEquals(List.of(), QualityGate.missingNumbers("It could rise by 10 points.", "On bal artım ola bilər."),
                "Azerbaijani \"on\" is ten");
        assertEquals(List.of("10"), QualityGate.missingNumbers("He saw 10 of them.", "O, onu gördü."),
                "\"onu\" is the pronoun");
    }

    @Test
    void findingsAreHardOrSoft() {
        String source = HandTranslations.get(2, Language.EN);
        List<GlossaryEntry> terms = TERMS.find(source, Language.EN);
        String ru = HandTranslations.get(2, Language.RU);
        List<Finding> words = GATE.findings(source, ru.replace("2 000", "двух тысяч"), Language.EN, Language.RU, terms);
        assertEquals(List.of(new Finding(QualityFlag.MISSING_NUMBER, "number 2,000 of the source not in the translation",
                false)), words, "a number written in words is soft");
        List<Finding> changed = GATE.findings(source, ru.replace("2 000", "3 000"), Language.EN, Language.RU, terms);
        assertTrue(changed.stream().anyMatch(f -> f.flag() == QualityFlag.ADDED_NUMBER && f.hard()), changed.toString());
        List<Finding> renamed = GATE.findings(source, ru.replace("Пашинян", "Пашаян"), Language.EN, Language.RU, terms);
        assertEquals(List.of(QualityFlag.MISSING_TERM), renamed.stream().map(Finding::flag).toList());
        assertTrue(renamed.get(0).hard(), "a person's name not in the house spelling is hard");
        List<Finding> ok = GATE.findings(source, "OK", Language.EN, Language.RU, terms);
        assertTrue(ok.stream().anyMatch(f -> f.flag() == QualityFlag.LENGTH_RATIO && f.hard()), ok.toString());
        List<Finding> decades = GATE.findings("He denied an allegation from decades ago when they were teenagers.",
                "Он отверг обвинение в том, что более 30 лет назад, когда они были подростками, он это сделал.",
                Language.EN, Language.RU, List.of());
        assertEquals(1, decades.size(), decades.toString());
        assertEquals(QualityFlag.ADDED_NUMBER, decades.get(0).flag());
        assertFalse(decades.get(0).hard(), "30 years for 'decades' is the source's rough number made precise");
    }

    @Test
    void glossaryTermWithAnotherSpellingIsMissing() {
        Set<QualityFlag> flags = review(2, Language.EN, Language.RU,
                "Премьер-министр Никол Пашиньян заявил, что в 2020 году на границу были направлены 2 000 военнослужащих.");
        assertEquals(Set.of(QualityFlag.MISSING_TERM), flags);
    }

    @Test
    void anOrganisationWrittenByItsInitialsIsRendered() {
        GlossaryEntry eu = new GlossaryEntry("European Union", GlossaryEntry.ORGANISATION,
                Map.of(Language.EN, "European Union", Language.HY, "Եվրոպական միություն"),
                Map.of(Language.EN, List.of("european union"), Language.HY, List.of("եվրոպական միությ", "եվրամիությ")));
        String source = "Եթե Բրիտանիան լքի Եվրամիությունը առանց գործարքի, գործարանը կդադարեցնի արտադրությունը:";
        List<Finding> initials = GATE.findings(source, "If Britain left the EU without a deal, the factory would halt production.",
                Language.HY, Language.EN, List.of(eu));
        assertTrue(initials.stream().noneMatch(f -> f.flag() == QualityFlag.MISSING_TERM), initials.toString());
        List<Finding> other = GATE.findings(source, "If Britain left Europe without a deal, the factory would halt production.",
                Language.HY, Language.EN, List.of(eu));
        assertTrue(other.stream().anyMatch(f -> f.flag() == QualityFlag.MISSING_TERM), "Europe is not the EU: " + other);
    }

    @Test
    void halfATranslationFailsTheLengthRatio() {
        Set<QualityFlag> flags = review(4, Language.EN, Language.RU, "Песков отверг заявление Кремля.");
        assertTrue(flags.contains(QualityFlag.LENGTH_RATIO), flags.toString());
    }

    @Test
    void aTranslationThatStopsMidSentenceAtHalfLengthIsIncomplete() {
        String source = "The Kremlin said that Russia is an integral part of the region and will continue to play a key role.";
        Set<QualityFlag> cut = GATE.review(source, "В Кремле заявили, что Россия является неотъемлемой частью региона",
                Language.EN, Language.RU, List.of());
        assertTrue(cut.contains(QualityFlag.INCOMPLETE), cut.toString());
        // a translator's missing full stop at full length is not a lost half
        Set<QualityFlag> whole = GATE.review(source, "В Кремле заявили, что Россия является неотъемлемой частью региона "
                + "и продолжит играть ключевую роль", Language.EN, Language.RU, List.of());
        assertFalse(whole.contains(QualityFlag.INCOMPLETE), whole.toString());
    }

    @Test
    void aSentenceOfAnotherArticleIsCaughtByItsNames() {
        String source = "Pompeo met the foreign minister in Vienna to prepare a second summit with Kim Jong Un.";
        Set<QualityFlag> other = GATE.review(source,
                "Сенатор Элизабет Уоррен заявила в Бостоне, что рассмотрит возможность баллотироваться в президенты.",
                Language.EN, Language.RU, List.of());
        assertTrue(other.contains(QualityFlag.ADDED_NAME) || other.contains(QualityFlag.MISSING_NAME), other.toString());
        Set<QualityFlag> right = GATE.review(source,
                "Помпео встретился с министром иностранных дел в Вене, чтобы подготовить второй саммит с Ким Чен Ыном.",
                Language.EN, Language.RU, List.of());
        assertFalse(right.contains(QualityFlag.ADDED_NAME) || right.contains(QualityFlag.MISSING_NAME), right.toString());
    }

    @Test
    void placesThatNewsroomsTranslateAreCarriedByTheirTranslatedName() {
        Set<QualityFlag> flags = GATE.review("Officials in China and Germany met in Mexico on the matter again.",
                "Официальные лица Китая и Германии снова встретились в Мексике по этому вопросу.",
                Language.EN, Language.RU, List.of());
        assertFalse(flags.contains(QualityFlag.MISSING_NAME), flags.toString());
    }

    @Test
    void refusalsInAnyLanguageAreCaught() {
        for (String refusal : List.of("I'm sorry, but I can't help with translating this text, it is not allowed.",
                "Извините, я не могу перевести этот текст, так как он содержит недопустимое содержание.",
                "Ներեցեք, բայց ես չեմ կարող թարգմանել այս տեքստը, քանի որ այն արգելված է։",
                "Bağışlayın, amma mən bu mətni tərcümə edə bilmərəm, çünki bu qadağandır.")) {
            Set<QualityFlag> flags = review(3, Language.EN, Language.RU, refusal);
            assertTrue(flags.contains(QualityFlag.REFUSAL), refusal + " " + flags);
        }
    }

    @Test
    void sourceSentBackIsAnEcho() {
        Set<QualityFlag> flags = review(3, Language.EN, Language.AZ, HandTranslations.get(3, Language.EN));
        assertTrue(flags.contains(QualityFlag.ECHO), flags.toString());
    }

    @Test
    void copiedNamesDoNotCountAgainstTheScript() {
        assertTrue(QualityGate.inScript("CNN and BBC quoted the Financial Times",
                "CNN и BBC процитировали Financial Times", Language.RU));
    }
    @Test
    void refusalsAnchoredAtTheStartCountOnlyThereAndOthersAnywhere() {
        assertTrue(QualityGate.isRefusal("The minister said it. As an AI, I cannot judge that."));
        assertTrue(QualityGate.isRefusal("Вот ответ: как языковая модель, я не перевожу такое."));
        assertTrue(QualityGate.isRefusal("  I'm   sorry,\n but I can't do it"), "whitespace runs count as one space");
        assertFalse(QualityGate.isRefusal("He wrote: \"I'm sorry, but I can't attend\" and left."),
                "a quoted apology inside a sentence is not a refusal");
        assertFalse(QualityGate.isRefusal("Он сказал: извините, я не могу прийти."));
        assertFalse(QualityGate.isRefusal("Gas and oil prices rose."));
    }

    @Test
    void onlyPatternsOpeningWithACaretAndNoTopLevelAlternativeAreTriedAtTheStartOnly() {
        assertTrue(QualityGate.anchoredAtStart("^(a|b) c"));
        assertTrue(QualityGate.anchoredAtStart("^a[|]\\|b"));
        assertFalse(QualityGate.anchoredAtStart("^a|b"));
        assertFalse(QualityGate.anchoredAtStart("a(^b)"));
        for (QualityGate.Refusal r : QualityGate.refusals()) {
            assertEquals(r.pattern().pattern().startsWith("^"), r.atStart(), r.pattern().pattern());
        }
    }

    @Test
    void everyNumberIsFoundWhereverItStands() {
        assertEquals(List.of("7", "2,000", "9.7", "12 000", "3"),
                QualityGate.numbers("7 days, 2,000 men, 9.7%, 12 000 homes and 3").stream()
                        .map(QualityGate.NumberMention::text).toList());
        assertEquals(List.of("10"), QualityGate.numbers("10").stream().map(QualityGate.NumberMention::text).toList());
        assertEquals(List.of(), QualityGate.numbers("no digits at all"));
    }

    @Test
    void smallNumbersWrittenAsWordsInAnyLanguageCarryTheDigits() {
        assertEquals(List.of(), QualityGate.missingNumbers("Gerrard made 8 changes to the side.",
                "Gerrard made eight changes to the side."));
        assertEquals(List.of(), QualityGate.missingNumbers("Europe lead by 4 points with 12 still to play.",
                "Европа опережает соперника на четыре очка, впереди ещё двенадцать матчей."));
        assertEquals(List.of(), QualityGate.missingNumbers("Spieth won 3 matches in 2 days.",
                "Սփիթը երկու օրում հաղթեց երեք խաղում։"));
        assertEquals(List.of(), QualityGate.missingNumbers("The storm killed 25 people.",
                "Fırtına iyirmi beş nəfərin ölümünə səbəb olub."));
        assertEquals(List.of(), QualityGate.missingNumbers("Матч пройдёт в среду в 15:00.",
                "The match is on Wednesday at 3 p.m."), "the minutes of a full hour need not be written");
        assertEquals(List.of("2,000"), QualityGate.missingNumbers("2,000 soldiers", "two soldiers"),
                "a grouped number is not a small number written as a word");
        assertEquals(List.of("8"), QualityGate.missingNumbers("Gerrard made 8 changes.", "Gerrard made seven changes."));
    }

    @Test
    void aNumberTheSourceDoesNotHaveIsAdded() {
        Set<QualityFlag> flags = review(2, Language.EN, Language.RU,
                "Премьер-министр Никол Пашинян заявил, что в 2021 году на границу были направлены 2 000 военнослужащих.");
        assertEquals(Set.of(QualityFlag.MISSING_NUMBER, QualityFlag.ADDED_NUMBER), flags);
        flags = review(3, Language.EN, Language.AZ,
                "Mərkəzi bankın illik hesabatında bildirilir ki, ötən il inflyasiya 9,7 faizə, 2019-cu ildə isə 4 faizə yüksəlib.");
        assertEquals(Set.of(QualityFlag.ADDED_NUMBER), flags);
    }

    @Test
    void everyFlagComesWithAReasonNamingWhatFailed() {
        String source = HandTranslations.get(2, Language.EN);
        List<Finding> findings = GATE.findings(source,
                "Премьер-министр Никол Пашинян заявил, что в 2021 году на границу были направлены 2 000 военнослужащих.",
                Language.EN, Language.RU, TERMS.find(source, Language.EN));
        assertEquals(List.of(new Finding(QualityFlag.MISSING_NUMBER, "number 2020 of the source not in the translation"),
                new Finding(QualityFlag.ADDED_NUMBER, "number 2021 not in the source")), findings);
    }

    @Test
    void namesAreFoundAcrossLatinCyrillicAndArmenianWhateverTheirCaseEnding() {
        String source = "Sturridge received a pass from Xherdan Shaqiri while about 30 yards out from the Chelsea goal.";
        assertEquals(List.of(), Names.missing(source,
                "Старридж получил пас от Джердана Шакири примерно в 30 ярдах от ворот «Челси».",
                Language.EN, Language.RU, List.of()).missing());
        assertEquals(List.of(), Names.missing(source,
                "Սթարիջը Ջերդան Շաքիրիից փոխանցում ստացավ «Չելսիի» դարպասից մոտ 30 յարդ հեռավորության վրա։",
                Language.EN, Language.HY, List.of()).missing());
        assertEquals(List.of(), Names.missing(source,
                "Starric Cerdan Şakiridən «Çelsi»nin qapısından təxminən 30 yard məsafədə ötürmə aldı.",
                Language.EN, Language.AZ, List.of()).missing());
        assertEquals(Names.skeleton("pashinyan", Language.EN), Names.skeleton("пашинян", Language.RU));
        assertEquals(Names.skeleton("pashinyan", Language.EN), Names.skeleton("փաշինյան", Language.HY));
        assertEquals(Names.skeleton("pashinyan", Language.EN), Names.skeleton("paşinyan", Language.AZ));
    }

    @Test
    void aSentenceOfAnotherArticleCarriesNoneOfTheSourcesNames() {
        Set<QualityFlag> flags = GATE.review(
                "Liverpool battles Napoli in the group stage at Stadio San Paolo in Naples on Wednesday.",
                "В среду в Ереване прошла встреча министров иностранных дел трёх стран региона.",
                Language.EN, Language.RU, List.of());
        // none of the source's names, and Yerevan, which the source does not name
        assertEquals(Set.of(QualityFlag.MISSING_NAME, QualityFlag.ADDED_NAME), flags);
    }

    @Test
    void namesTheNewsroomTranslatesAndGlossaryNamesAreNotCheckedAsTransliterations() {
        assertEquals(List.of("Nikol"), Names.names(HandTranslations.get(2, Language.EN), Language.EN,
                TERMS.find(HandTranslations.get(2, Language.EN), Language.EN)),
                "the glossary checks Pashinyan; Prime and Minister are translated");
        assertEquals(List.of("Kavanaugh"), Names.names("The Supreme Court heard Kavanaugh on Monday.", Language.EN, List.of()));
    }

    @Test
    void aShortHeadingSentBackUntranslatedIsAnEchoButALineOfNamesIsNot() {
        assertEquals(Set.of(QualityFlag.ECHO), GATE.review("Kremlin rejects the claim", "Kremlin rejects the claim",
                Language.EN, Language.AZ, List.of()));
        assertEquals(Set.of(), GATE.review("Elite League: Dundee Stars 5-3 Belfast Giants",
                "Elite League: Dundee Stars 5-3 Belfast Giants", Language.EN, Language.AZ, List.of()));
        assertEquals(Set.of(QualityFlag.ECHO), GATE.review("Peskov Calls Talks Useful", "Peskov Calls Talks Useful",
                Language.EN, Language.AZ, List.of()), "a headline in title case has no lower-case word to tell it by");
        assertEquals(Set.of(), GATE.review("Boris Johnson", "Boris Johnson", Language.EN, Language.AZ, List.of()));
    }

    @Test
    void aShortReplyInTheOtherLatinLanguageIsWrongLanguage() {
        assertEquals(Set.of(QualityFlag.WRONG_LANGUAGE), GATE.review("Кремль отверг заявление",
                "Kreml bəyanatı rədd edib", Language.RU, Language.EN, List.of()));
        assertEquals(Set.of(QualityFlag.WRONG_LANGUAGE), GATE.review("Кремль отверг заявление",
                "The Kremlin rejected the statement", Language.RU, Language.AZ, List.of()));
        assertEquals(Set.of(), GATE.review("Кремль отверг заявление",
                "The Kremlin rejected the statement", Language.RU, Language.EN, List.of()));
    }
}
