package io.babeldesk.translation;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the source's proper names in a translation across Latin, Cyrillic and Armenian: each name
 * is reduced to its consonant skeleton in coarse sound classes (Pashinyan, Пашинян, Փաշինյան and
 * Paşinyan all read P S N N → PSN), and a word of the translation that starts with nearly the same
 * skeleton carries it, whatever its case ending. Names the glossary has are left to the glossary.
 */
final class Names {
    private Names() {
    }

    /** What the check found: the source's names the translation does not carry, of how many. */
    record Result(List<String> missing, int names) {
        // names and missing count the glossary's names too
        /**
         * Whether the translation carries none of two or more names: on correct translations one
         * name in three is translated rather than transliterated ("North", "Верховный суд"), so a
         * single missing name is no evidence; losing every one of several is (3% false alarms on
         * the parallel corpus, against 60% of sentences of another article caught).
         */
        boolean noneCarried() {
            return names >= 2 && !missing.isEmpty() && missing.size() == names;
        }

        /**
         * What {@link #compare} answers when asked to stop at the first name carried: one name, not
         * missing. Only whether every name is missing can be read from it, and it says no.
         */
        static final Result ONE_CARRIED = new Result(List.of(), 1);
    }

    /** How long an ending a lowercase word of a place may have (российских, not индивидуальных). */
    private static final int LOWERCASE_PLACE_TAIL = 6;
    /** {@link NewsWords}' own limit on endings. */
    private static final int TABLE_TAIL = 7;

    /** Capitalised words that are not names a translation transliterates. */
    private static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "mr", "mrs", "ms", "dr", "the", "this", "that", "these", "but",
            "and", "in", "on", "at", "for", "he", "she", "it", "they", "we", "his", "her", "their", "our", "a",
            "an", "as", "if", "when", "after", "while", "with", "from", "by", "of", "to", "i", "is", "was",
            "prime", "minister", "president", "mister",
            // parts of names that newsrooms translate rather than transliterate
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "united",
            "states", "nations", "national", "international", "federal", "royal", "republic", "republican",
            "republicans", "democrat", "democrats", "democratic", "government", "council", "department",
            "ministry", "police", "service", "committee", "commission", "agency", "office", "church", "street",
            "city", "county", "state", "district", "hotel", "world", "games", "olympics", "olympic", "treasury",
            "secretary", "party", "army", "navy", "force", "university", "college", "school", "house", "senate",
            "congress", "parliament", "assembly", "court", "supreme", "judiciary", "justice", "judge", "european",
            "pacific", "atlantic", "ocean", "sea", "river", "lake", "mountains", "great", "new", "old", "red",
            "cross", "christmas", "easter", "father", "sir", "lord", "lady", "king", "queen", "prince", "princess",
            "general", "colonel", "col", "women", "men", "artificial", "intelligence", "security", "foreign",
            "defence", "defense", "interior", "health", "union", "league", "cup", "championship", "club",
            "museum", "bank", "fund", "institute", "center", "centre", "airport", "station", "square", "park",
            "road", "avenue", "bridge", "island", "islands", "valley", "coast", "bay", "gulf", "kingdom",
            "empire", "premier", "premiership", "division", "conference", "association", "organisation",
            "organization", "company", "group", "times", "news", "post", "daily", "weekly", "magazine",
            // adjectives of peoples and faiths: capitalised in English, not in the other three
            "canadian", "australian", "brazilian", "chilean", "bolivian", "saudi", "palestinian", "kurdish",
            "soviet", "latin", "muslim", "christian", "jewish", "catholic", "orthodox", "islamic", "asian",
            "pakistani", "afghan", "ukrainian", "azerbaijani", "belarusian", "kazakh", "norwegian", "danish",
            "finnish", "austrian", "belgian", "portuguese", "vietnamese", "thai", "nigerian", "venezuelan",
            "cuban", "liberal", "conservative", "labour", "tory", "tories", "communist", "socialist");

    /**
     * Beginnings of capitalised words in Russian, Armenian and Azerbaijani that open a translated
     * name rather than a transliterated one ("Министерство обороны", "Հյուսիսային Կորեա",
     * "Mərkəzi Asiya"): the translation-side counterpart of {@link #NOT_NAMES}.
     */
    private static final List<String> TRANSLATED_NAME_STEMS = List.of(
            "министерств", "государствен", "северн", "южн", "западн", "восточн", "центральн", "национальн",
            "международн", "генеральн", "генассамбле", "верховн", "федеральн", "объединен", "соединен",
            "европейск", "совет", "палат", "парти", "ассамбле", "сенат", "конгресс", "парламент",
            "комитет", "комисси", "служб", "управлени", "департамент", "правительств", "президент",
            "премьер", "министр", "королевств", "республик", "союз", "лиг", "кубк",
            "чемпионат", "клуб", "университет", "церк", "собор", "площад", "улиц", "остров", "залив",
            "океан", "озер", "штат", "округ", "провинци", "област", "город", "армия", "флот",
            "հյուսիսային", "հարավային", "արևմտյան", "արեւմտյան", "արևելյան", "արեւելյան", "կենտրոնական",
            "ազգային", "միջազգային", "գլխավոր", "գերագույն", "դաշնային", "միացյալ", "եվրոպական", "խորհուրդ",
            "խորհրդ", "պալատ", "կուսակց", "ասամբլեա", "սենատ", "կոնգրես", "խորհրդարան", "կոմիտե", "հանձնաժողով",
            "ծառայ", "վարչ", "դեպարտամենտ", "դատարան", "կառավար", "նախագահ", "վարչապետ", "նախարար", "սպիտակ",
            "թագավոր", "հանրապետ", "միություն", "լիգա", "գավաթ", "առաջնություն", "ակումբ", "համալսարան",
            "եկեղեց", "հրապարակ", "փողոց", "կղզի", "ծոց", "օվկիանոս", "նահանգ",
            "շրջան", "քաղաք", "բանակ",
            "şimal", "cənub", "qərb", "şərq", "mərkəz", "milli", "beynəlxalq", "federal", "birləşmiş",
            "avropa", "şura", "palata", "partiya", "assambleya", "senat", "konqres", "parlament", "komitə",
            "komissiya", "xidmət", "idarə", "departament", "məhkəmə", "hökumət", "prezident", "nazir", "böyük",
            "krallıq", "respublika", "ittifaq", "liqa", "kubok", "çempionat", "klub", "universitet",
            "kilsə", "meydan", "küçə", "körfəz", "dəniz", "okean", "ştat", "əyalət",
            "şəhər", "ordu");

    /**
     * The source's names the translation does not carry. Capitalised words that translators render
     * as words ({@link NewsWords}: Commission, Верховный, Հանձնաժողով) are names too, carried when
     * the translation shows their rendering or a transliteration.
     */
    static Result missing(String source, String translation, Language from, Language to, List<GlossaryEntry> terms) {
        return compare(scanned(source, from, to, terms), from, to,
                new Text(GlossaryMatcher.fold(translation), to, null), terms, true, false);
    }

    /**
     * The names of a translation that its source does not carry: {@link #missing} the other way,
     * except that a word of the table ({@link NewsWords}: Ассамблея, Հանձնաժողով) counts only when
     * the source has its counterpart (a translator may name a body the source calls by an acronym).
     */
    static Result foreign(String translation, String source, Language to, Language from, List<GlossaryEntry> terms) {
        return compare(scanned(translation, to, from, terms), to, from,
                new Text(GlossaryMatcher.fold(source), from, null), terms, false, false);
    }

    /**
     * The folded text names are looked for in, and what is read from it only when a name needs it:
     * the sound skeletons of its words and the rows of {@link NewsWords} and {@link PlaceNames} it
     * shows. Each part is read once however many times it is asked for, by any thread.
     */
    static final class Text {
        private final String folded;
        private final Language language;
        private List<String> foldedWords;
        private final List<String> distinct = new ArrayList<>();
        /** The skeletons in {@link #distinct}, made as large as the text's words need at once. */
        private java.util.Set<String> seen;
        /** How many of the words {@link #distinct} has read. */
        private int read;
        private volatile boolean[] newsWords;
        private volatile boolean[] places;

        /** @param foldedWords the folded text's words ({@link TextRuns#words}) when already split, else null */
        Text(String folded, Language language, List<String> foldedWords) {
            this.folded = folded;
            this.language = language;
            this.foldedWords = foldedWords;
        }

        String folded() {
            return folded;
        }

        /**
         * The {@code i}th of the distinct sound skeletons ({@link #skeleton}) of the text's words, in
         * the order the words come; null past the last. The words are read only as far as asked: a
         * name is mostly found before the end of the text, and the search stops there.
         */
        synchronized String skeleton(int i) {
            while (distinct.size() <= i) {
                if (foldedWords == null) {
                    foldedWords = TextRuns.words(folded);
                }
                if (seen == null) {
                    seen = java.util.HashSet.newHashSet(foldedWords.size());
                }
                if (read == foldedWords.size()) {
                    return null;
                }
                String s = Names.skeleton(foldedWords.get(read++), language);
                if (!s.isEmpty() && seen.add(s)) {
                    distinct.add(s);
                }
            }
            return distinct.get(i);
        }

        /** The rows of an index the text shows, from its words when they are split already. */
        private synchronized boolean[] shownIn(FormIndex index) {
            return foldedWords != null ? index.shownIn(foldedWords) : index.shownIn(folded);
        }

        boolean[] newsWords() {
            boolean[] shown = newsWords;
            if (shown == null) {
                shown = shownIn(NewsWords.index());
                newsWords = shown;
            }
            return shown;
        }

        boolean[] places() {
            boolean[] shown = places;
            if (shown == null) {
                shown = shownIn(PlaceNames.index());
                places = shown;
            }
            return shown;
        }
    }

    /**
     * A text's names ({@link #names}) and its capitalised words of {@link NewsWords} in a row
     * ("Supreme Court"), as read for a check towards {@code to}.
     */
    record Scanned(List<String> names, List<String> words) {
    }

    static Scanned scanned(String text, Language from, Language to, List<GlossaryEntry> terms) {
        List<String> words = new ArrayList<>();
        List<String> names = scan(text, from, terms, words, from != Language.EN && to == Language.EN);
        return new Scanned(List.copyOf(names), List.copyOf(words));
    }

    /**
     * {@link #missing} (or {@link #foreign} when {@code wordsMustBeCarried} is false) of a text
     * already {@link #scanned}, looked for in {@code other}.
     * With {@code untilOneCarried} it stops at the first name that counts and is carried, and answers
     * {@link Result#ONE_CARRIED}: a check that only asks whether every name is missing needs no more.
     */
    static Result compare(Scanned scanned, Language from, Language to, Text other, List<GlossaryEntry> terms,
                          boolean wordsMustBeCarried, boolean untilOneCarried) {
        String foldedOther = other.folded();
        List<String> words = scanned.words();
        List<String> names = scanned.names();
        // the glossary's names count as carried when their house rendering is there
        int glossaryNames = 0;
        boolean glossaryCarried = false;
        for (GlossaryEntry term : terms) {
            if (!term.stems(to).isEmpty()) {
                glossaryNames++;
                glossaryCarried |= GlossaryMatcher.mentionsFolded(foldedOther, to, term);
            }
        }
        if (names.isEmpty() && words.isEmpty() || glossaryCarried) {
            return new Result(List.of(), names.size() + words.size() + glossaryNames);
        }
        java.util.function.IntFunction<String> skeletons = other::skeleton;
        List<String> missing = new ArrayList<>();
        // one name in two case forms (Անգլիայում, Անգլիայի) counts once
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String name : names) {
            String s = skeleton(GlossaryMatcher.fold(name), from);
            distinct.putIfAbsent(s.substring(0, Math.min(3, s.length())), name);
        }
        names = List.copyOf(distinct.values());
        for (String name : names) {
            boolean carried = false;
            for (String word : name.split(" ")) {
                if (carried) {
                    break;
                }
                String folded = GlossaryMatcher.fold(word);
                int place = PlaceNames.index().rowOf(folded);
                int row = NewsWords.index().rowOf(folded);
                if (place >= 0) {
                    carried |= other.places()[place];
                } else if (row >= 0) {
                    // a word of the table in a name (North of North Korea): its rendering, or a transliteration
                    String s = skeleton(folded, from);
                    boolean plain = !NOT_NAMES.contains(folded) && (from == Language.EN || !translatedName(folded));
                    carried |= other.newsWords()[row] || s.length() >= (plain ? 2 : 3) && carried(s, skeletons);
                } else {
                    carried |= carried(skeleton(folded, from), skeletons);
                }
            }
            if (!carried) {
                missing.add(name);
            } else if (untilOneCarried) {
                return Result.ONE_CARRIED;
            }
        }
        // the words of the table: one meaning (in any of its case forms) counts once
        int wordNames = 0;
        if (!words.isEmpty()) {
            FormIndex index = NewsWords.index();
            boolean[] shown = other.newsWords();
            boolean[] seen = new boolean[index.rows()];
            for (String unit : words) {
                boolean carried = false;
                boolean fresh = false;
                boolean weak = true;
                for (String word : unit.split(" ")) {
                    String folded = GlossaryMatcher.fold(word);
                    int row = index.rowOf(folded);
                    weak &= index.weak(row);
                    fresh |= !seen[row];
                    seen[row] = true;
                    carried |= shown[row] || transliterated(folded, from, skeletons);
                }
                // a day or a month shared proves little; one missing is evidence
                if (!fresh || !carried && !wordsMustBeCarried || carried && weak) {
                    continue;
                }
                wordNames++;
                if (!carried) {
                    missing.add(unit);
                } else if (untilOneCarried) {
                    return Result.ONE_CARRIED;
                }
            }
        }
        for (GlossaryEntry term : terms) {
            if (!term.stems(to).isEmpty()) {
                missing.add(term.term());
            }
        }
        return new Result(missing, names.size() + wordNames + glossaryNames);
    }

    /** Whether a word of the table is in the translation as written or transliterated (Parlament, Парламент). */
    private static boolean transliterated(String folded, Language from, java.util.function.IntFunction<String> skeletons) {
        String s = skeleton(folded, from);
        if (s.length() < 3) {
            return false;
        }
        // its whole skeleton, or all but a last sound that is a case ending: common words sound alike
        String stem = s.length() >= 4 ? s.substring(0, s.length() - 1) : s;
        String w;
        for (int k = 0; (w = skeletons.apply(k)) != null; k++) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /**
     * What {@link #unsupported} found.
     *
     * @param terms glossary names of the text that the article does not mention in any of its renderings
     * @param others the text's other names that no capitalised word of the article sounds like
     * @param names how many names (glossary terms included) the text has
     */
    record Unsupported(List<String> terms, List<String> others, int names) {
    }

    /**
     * The proper names of a text written from an article (a summary, or a translation of one) that
     * the article does not have. A glossary term of the text is supported when the article mentions
     * the same term in its own language (Армения for Armenia, Հայաստան for Armenia); any other name
     * when a capitalised word of the article has nearly its consonant skeleton (in the article's
     * language every word of the name must, in another one word of it).
     */
    static Unsupported unsupported(String text, Language language, ArticleFacts article,
                                   List<GlossaryEntry> glossary) {
        Language articleLanguage = article.language();
        List<String> out = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int names = 0;
        // the article is folded, and its capitalised words read, only when the text has a name to look up there
        // the words of the glossary's terms are blanked out of the text, so that they are not read as names
        java.util.regex.Matcher m = WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        // the text's folded words joined by one space, and where each starts: a stem of several
        // words is compared in place, without joining the words again at every position
        StringBuilder joined = new StringBuilder(text.length() + 16);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            if (!starts.isEmpty()) {
                joined.append(' ');
            }
            starts.add(joined.length());
            joined.append(GlossaryMatcher.fold(m.group()));
        }
        String words = joined.toString();
        char[] masked = text.toCharArray();
        for (GlossaryEntry term : glossary) {
            if ("term".equals(term.kind())) {
                continue; // a common word ("ceasefire"), not a name
            }
            boolean inText = false;
            for (String stem : term.stems(language)) {
                if (words.indexOf(stem) < 0) {
                    continue; // one search of the joined words rules out most stems
                }
                int stemWords = 1;
                for (int c = 0; c < stem.length(); c++) {
                    stemWords += stem.charAt(c) == ' ' ? 1 : 0;
                }
                for (int i = 0; i + stemWords <= starts.size(); i++) {
                    if (words.startsWith(stem, starts.get(i))) {
                        inText = true;
                        for (int k = spans.get(i)[0]; k < spans.get(i + stemWords - 1)[1]; k++) {
                            masked[k] = ' ';
                        }
                    }
                }
            }
            names += inText ? 1 : 0;
            if (inText && !GlossaryMatcher.mentionsFolded(article.folded(), articleLanguage, term)) {
                out.add(term.rendering(language).orElse(term.term()));
            }
        }
        List<String> textNames = names(new String(masked), language, List.of());
        List<String> skeletons = textNames.isEmpty() ? List.of() : article.skeletons();
        boolean sameLanguage = language == articleLanguage;
        for (String name : textNames) {
            names++;
            // in the article's language every word of a name must be there; in another, one word
            // carries it (the rest may be translated: Южного Кавказа for South Caucasus)
            boolean carried = sameLanguage;
            for (String word : name.split(" ")) {
                boolean found = carried(skeleton(GlossaryMatcher.fold(word), language),
                        k -> k < skeletons.size() ? skeletons.get(k) : null);
                carried = sameLanguage ? carried && found : carried || found;
            }
            if (!carried) {
                others.add(name);
            }
        }
        return new Unsupported(out, others, names);
    }

    /**
     * Capitalised words of three letters or more that do not open a sentence, do not start with two
     * capitals (acronyms are often translated) and are not glossary terms; capitalised words in a
     * row make one name ("Nikol Pashinyan"), carried when any of its words is.
     */
    static List<String> names(String source, Language from, List<GlossaryEntry> terms) {
        return scan(source, from, terms, null, false);
    }

    /**
     * {@link #names}; when {@code words} is given, capitalised words of {@link NewsWords} in a row
     * are gathered there as units of their own ("Supreme Court", "Генеральной Ассамблее") instead
     * of being left out.
     */
    private static List<String> scan(String source, Language from, List<GlossaryEntry> terms, List<String> words,
                                     boolean intoEnglish) {
        List<String> out = new ArrayList<>();
        FormIndex table = NewsWords.index();
        int n = source.length();
        int i = 0;
        boolean sentenceStart = true;
        int unitEnd = -1;
        StringBuilder unit = new StringBuilder();
        boolean unitOfTable = false;
        boolean unitHasBody = false;
        while (i < n) {
            int cp = TextRuns.codePointAt(source, i);
            if (!TextRuns.isLetterOrNumber(cp)) {
                if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '«' || cp == '"' || cp == '“'
                        || cp == '—' || cp == '-' || cp == '(' || cp == '՝' || cp == '։') {
                    sentenceStart = cp != '-' || i + 1 < n && source.charAt(i + 1) == ' ';
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int next = TextRuns.codePointAt(source, i);
                if (!TextRuns.isLetterOrNumber(next)) {
                    break;
                }
                i += Character.charCount(next);
            }
            boolean opens = sentenceStart;
            sentenceStart = false;
            if (words != null && i - start >= 3 && (intoEnglish ? Character.isLowerCase(cp)
                    : opens && from == Language.EN && Character.isUpperCase(cp))) {
                // what English always capitalises (Friday, Russian) is a name however it is written
                // the two tables are searched only for a word that a marked row or a place may name
                boolean mayBe = NewsWords.markedOrPlaces().rowOfRaw(source, start, i, TABLE_TAIL) >= 0;
                int row = mayBe ? table.rowOfRaw(source, start, i, TABLE_TAIL) : -1;
                boolean place = mayBe && row < 0 && intoEnglish
                        && PlaceNames.index().rowOfRaw(source, start, i, LOWERCASE_PLACE_TAIL) >= 0;
                if (row >= 0 && table.marked(row) || place) {
                    unitEnd = flush(unit, unitOfTable, out, words);
                    (place ? out : words).add(source.substring(start, i));
                    continue;
                }
            }
            if (!Character.isUpperCase(cp) || i - start < 3) {
                unitEnd = flush(unit, unitOfTable, out, words);
                continue;
            }
            String word = source.substring(start, i);
            boolean name = !(opens || word.length() < 3 || !Character.isUpperCase(cp)
                    || word.length() > 1 && Character.isUpperCase(word.codePointAt(word.offsetByCodePoints(0, 1)))
                    || QualityGate.hasDigit(word));
            boolean ofTable = false;
            boolean body = false;
            if (name) {
                String folded = GlossaryMatcher.fold(word);
                boolean inGlossary = inGlossary(folded, from, terms);
                int row = words == null || inGlossary ? -1 : table.rowOf(folded);
                ofTable = row >= 0;
                body = ofTable && !table.joins(row);
                name = ofTable || !(NOT_NAMES.contains(folded) || from != Language.EN && translatedName(folded)
                        || inGlossary || skeleton(folded, from).length() < 2);
            }
            if (!name) {
                unitEnd = flush(unit, unitOfTable, out, words);
                continue;
            }
            // a capitalised word right after another (one space between) belongs to the same name
            // (a body or title of the table and a name in a row are two: Prime Minister, Theresa May)
            if (unitEnd >= 0 && start == unitEnd + 1 && source.charAt(unitEnd) == ' '
                    && !(body && !unitOfTable) && !(!ofTable && unitHasBody)) {
                unit.append(' ').append(word);
                unitOfTable &= ofTable;
                unitHasBody |= body;
            } else {
                flush(unit, unitOfTable, out, words);
                unit.append(word);
                unitOfTable = ofTable;
                unitHasBody = body;
            }
            unitEnd = i;
        }
        flush(unit, unitOfTable, out, words);
        return out;
    }

    /** Ends a name: one of words of the table only goes to {@code words}, any other to {@code names}. */
    private static int flush(StringBuilder unit, boolean ofTable, List<String> names, List<String> words) {
        if (!unit.isEmpty()) {
            (ofTable ? words : names).add(unit.toString());
            unit.setLength(0);
        }
        return -1;
    }

    private static boolean inGlossary(String folded, Language language, List<GlossaryEntry> terms) {
        for (GlossaryEntry term : terms) {
            if (GlossaryMatcher.mentionsFolded(folded, language, term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean translatedName(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        String[] stems = TRANSLATED_NAME_STEMS_BY_LETTER.get(folded.charAt(0));
        if (stems != null) {
            for (String stem : stems) {
                if (folded.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #TRANSLATED_NAME_STEMS} by their first letter: a word is compared with the few that start as it does. */
    private static final Map<Character, String[]> TRANSLATED_NAME_STEMS_BY_LETTER = TRANSLATED_NAME_STEMS.stream()
            .collect(java.util.stream.Collectors.groupingBy(stem -> stem.charAt(0), java.util.stream.Collectors
                    .collectingAndThen(java.util.stream.Collectors.toList(), list -> list.toArray(String[]::new))));

    /** Whether a translation word carries the name, or the name without its last sound (a case ending: Կորեան, Кореи). */
    private static boolean carried(String name, java.util.function.IntFunction<String> skeletons) {
        return carriedAsIs(name, skeletons)
                || name.length() >= 4 && carriedAsIs(name.substring(0, name.length() - 1), skeletons);
    }

    private static boolean carriedAsIs(String name, java.util.function.IntFunction<String> skeletons) {
        int allowed = name.length() <= 3 ? 0 : name.length() <= 5 ? 1 : 2;
        String w;
        for (int k = 0; (w = skeletons.apply(k)) != null; k++) {
            if (name.length() <= 2) {
                // two sounds start too many words: the word must be the name with at most an ending
                if (w.startsWith(name) && w.length() <= name.length() + 1) {
                    return true;
                }
                continue;
            }
            if (allowed == 0 ? w.startsWith(name) : nearPrefix(name, w, allowed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first {@code a.length() - 1} to {@code a.length() + 1} letters of b are within
     * {@code limit} edits (Levenshtein) of a: one table for the three prefixes, given up once every
     * cell of a row exceeds the limit (a row's least cell never decreases).
     */
    private static boolean nearPrefix(String a, String b, int limit) {
        int lo = Math.max(1, a.length() - 1);
        int hi = Math.min(b.length(), a.length() + 1);
        if (hi < lo) {
            return false;
        }
        // each sound of a that b's longest prefix lacks must be edited: more of them than the limit
        // rule b out without a table (the sounds are upper-case ASCII letters, one bit each)
        int bits = 0;
        for (int j = 0; j < hi; j++) {
            bits |= 1 << (b.charAt(j) & 31);
        }
        int absent = 0;
        for (int i = 0; i < a.length(); i++) {
            if ((bits & 1 << (a.charAt(i) & 31)) == 0 && ++absent > limit) {
                return false;
            }
        }
        int[] prev = new int[hi + 1];
        int[] cur = new int[hi + 1];
        for (int j = 0; j <= hi; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            char c = a.charAt(i - 1);
            for (int j = 1; j <= hi; j++) {
                int cost = c == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        for (int k = lo; k <= hi; k++) {
            if (prev[k] <= limit) {
                return true;
            }
        }
        return false;
    }

    /**
     * The consonants of a folded word in coarse sound classes, repeats collapsed: P (b p f v), T (t d),
     * K (k g q x h, Cyrillic г х), S (s z and every hushing and affricate sound: sh ch j ж ч ц ջ ճ),
     * L, M, N, R. Vowels, y, w and the soft and hard signs are left out.
     */
    static String skeleton(String folded, Language language) {
        int n = folded.length();
        // at most two sounds a letter (x is K S); written in place, and a word without any is no copy
        char[] out = new char[2 * n];
        int length = 0;
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            char next = i + 1 < n ? folded.charAt(i + 1) : 0;
            char k;
            // the eight letters are Latin ones: no script to look up
            if (next == 'h' && "sczktpgd".indexOf(c) >= 0) {
                k = switch (c) {
                    case 's', 'c', 'z' -> 'S';
                    case 'k', 'g' -> 'K';
                    case 't', 'd' -> 'T';
                    default -> 'P';
                };
                i++;
            } else if (c == 'x' && language == Language.EN) {
                // Mexico, Alexander: Мексика, Александр
                if (last != 'K') {
                    out[length++] = 'K';
                    last = 'K';
                }
                k = 'S';
            } else if ((c == 'д' && next == 'ж') || (c == 'd' && (next == 'g' || next == 'j'))) {
                k = 'S';
                i++;
            } else {
                k = sound(c, language);
            }
            if (k != 0 && last != k) {
                out[length++] = k;
                last = k;
            }
        }
        return length == 0 ? "" : new String(out, 0, length);
    }

    private static char sound(char c, Language language) {
        if (c == 'c') {
            return language == Language.AZ ? 'S' : 'K';
        }
        return c < SOUNDS.length ? SOUNDS[c] : 0;
    }

    /** {@link #soundOf} of every character below U+0600 (the four alphabets; none above has a sound), looked up. */
    private static final char[] SOUNDS = new char[0x600];

    static {
        for (char c = 0; c < SOUNDS.length; c++) {
            SOUNDS[c] = soundOf(c, Language.EN);
        }
    }

    private static char soundOf(char c, Language language) {
        return switch (c) {
            case 'b', 'p', 'f', 'v', 'б', 'п', 'ф', 'в', 'բ', 'պ', 'փ', 'ֆ', 'վ' -> 'P';
            case 't', 'd', 'т', 'д', 'տ', 'դ', 'թ' -> 'T';
            case 'k', 'g', 'q', 'x', 'h', 'ğ', 'к', 'г', 'х', 'կ', 'գ', 'ք', 'խ', 'ղ', 'հ' -> 'K';
            case 'c' -> language == Language.AZ ? 'S' : 'K';
            case 's', 'z', 'j', 'ş', 'ç', 'с', 'з', 'ш', 'щ', 'ж', 'ч', 'ц', 'ս', 'զ', 'շ', 'չ', 'ծ', 'ց', 'ջ',
                 'ճ', 'ժ', 'ձ' -> 'S';
            case 'l', 'л', 'լ' -> 'L';
            case 'm', 'м', 'մ' -> 'M';
            case 'n', 'н', 'ն' -> 'N';
            case 'r', 'р', 'ր', 'ռ' -> 'R';
            default -> 0;
        };
    }
}
