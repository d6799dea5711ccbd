package io.babeldesk.translation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small numbers written as words in English, Russian, Armenian and Azerbaijani ("eight", "восемь",
 * "ութ", "səkkiz", and the ordinals), halves and quarters as the percentages translators give them
 * ("half of the voters" as "50% избирателей"), and the scale words alone ("a million" as
 * "1 миллион"), so that a translator writing "eight points" for "8 xal" is
 * not taken for a number dropped or added. Read from folded text; "twenty-five", "двадцать пять"
 * and "on iki" also read as their sum.
 */
final class NumberWords {
    private NumberWords() {
    }

    /** Word forms, each a regex for the whole word (declension endings included), and their value. */
    private static final Map<String, Integer> FORMS = Map.<String, Integer>ofEntries(
            // English
            Map.entry("one|first|once", 1), Map.entry("two|second|twice|both|double|pair", 2),
            Map.entry("three|third|thrice", 3), Map.entry("four|fourth", 4), Map.entry("five|fifth", 5),
            Map.entry("six|sixth", 6), Map.entry("seven|seventh", 7), Map.entry("eight|eighth", 8),
            Map.entry("nine|ninth", 9), Map.entry("ten|tenth|decades?", 10), Map.entry("eleven|eleventh", 11),
            Map.entry("twelve|twelfth|dozens?", 12), Map.entry("thirteen(th)?", 13), Map.entry("fourteen(th)?", 14),
            Map.entry("fifteen(th)?|quarter-hour", 15), Map.entry("sixteen(th)?", 16),
            Map.entry("seventeen(th)?", 17), Map.entry("eighteen(th)?", 18), Map.entry("nineteen(th)?", 19),
            Map.entry("twenty|twentieth", 20), Map.entry("thirty|thirtieth", 30), Map.entry("forty|fortieth", 40),
            Map.entry("fifty|fiftieth", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred(th)?", 100),
            Map.entry("half|halves", 50), Map.entry("quarters?", 25), Map.entry("thousand(th)?", 1_000),
            Map.entry("million", 1_000_000), Map.entry("billion", 1_000_000_000),
            // Russian
            Map.entry("од(ин|на|но|ну|ного|ной|ном|ному)|перв\\p{L}{1,3}|однажды", 1),
            Map.entry("дв(а|е|ух|ум|умя)|втор\\p{L}{1,3}|дважды|об[ае]|обоих|пар[аыу]", 2),
            Map.entry("тр(и|ех|ем|емя)|трет\\p{L}{1,4}|трижды", 3),
            Map.entry("четыр(е|ех|ем|ьмя)|четверт(ый|ая|ое|ого|ом|ую|ой|ые|ых|ым|ыми)", 4), Map.entry("пят(ь|и|ью)|пят(ый|ая|ое|ого|ом|ую|ой)", 5),
            Map.entry("шест(ь|и|ью)|шест(ой|ая|ое|ого|ом|ую)", 6), Map.entry("сем(ь|и|ью)|седьм\\p{L}{1,3}", 7),
            Map.entry("вос(емь|ьми|емью)|восьм\\p{L}{2,3}", 8), Map.entry("девят(ь|и|ью)|девят(ый|ая|ое|ого|ом|ую)", 9),
            Map.entry("десят(ь|и|ью|ок|ка|ки)|десят(ый|ая|ое|ого|ом|ую)|десятилети\\p{L}{1,3}", 10),
            Map.entry("одиннадцат\\p{L}{1,3}", 11), Map.entry("двенадцат\\p{L}{1,3}|дюжин\\p{L}{1,2}", 12),
            Map.entry("тринадцат\\p{L}{1,3}", 13), Map.entry("четырнадцат\\p{L}{1,3}", 14),
            Map.entry("пятнадцат\\p{L}{1,3}", 15), Map.entry("шестнадцат\\p{L}{1,3}", 16),
            Map.entry("семнадцат\\p{L}{1,3}", 17), Map.entry("восемнадцат\\p{L}{1,3}", 18),
            Map.entry("девятнадцат\\p{L}{1,3}", 19), Map.entry("двадцат\\p{L}{1,3}", 20),
            Map.entry("тридцат\\p{L}{1,3}", 30), Map.entry("сорок\\p{L}{0,3}", 40),
            Map.entry("пят(ь|и)десят\\p{L}{0,3}", 50), Map.entry("шест(ь|и)десят\\p{L}{0,3}", 60),
            Map.entry("сем(ь|и)десят\\p{L}{0,3}", 70), Map.entry("вос(емь|ьми)десят\\p{L}{0,3}", 80),
            Map.entry("девяност\\p{L}{1,3}", 90), Map.entry("сто|ста|сотн\\p{L}{1,3}", 100),
            Map.entry("половин(а|у|ы|ой|е)", 50), Map.entry("четверт(ь|и|ью)", 25),
            Map.entry("тысяч(а|и|у|ей|ью)?", 1_000), Map.entry("миллион(а|у|ом|е|ы|ов)?", 1_000_000),
            Map.entry("миллиард(а|у|ом|е|ы|ов)?", 1_000_000_000),
            // Armenian
            Map.entry("մեկ\\p{L}{0,3}|առաջին\\p{L}{0,2}|միանգամ", 1),
            Map.entry("երկու\\p{L}{0,3}|երկրորդ\\p{L}{0,2}|զույգ\\p{L}{0,2}", 2),
            Map.entry("երեք\\p{L}{0,3}|երրորդ\\p{L}{0,2}", 3), Map.entry("չորս\\p{L}{0,3}|չորրորդ\\p{L}{0,2}", 4),
            Map.entry("հինգ(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 5), Map.entry("վեց(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 6), Map.entry("յոթ(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 7),
            Map.entry("ութ(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 8), Map.entry("ին(ը|ն|նը)|իններորդ\\p{L}{0,2}", 9),
            Map.entry("տաս(ը|ն|նը|ներորդ\\p{L}{0,2})?|տասնամյակ\\p{L}{0,3}", 10),
            Map.entry("տասնմեկ(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 11), Map.entry("տասներկու(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 12),
            Map.entry("տասներեք(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 13), Map.entry("տասնչորս(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 14),
            Map.entry("տասնհինգ(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 15), Map.entry("տասնվեց(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 16),
            Map.entry("տասնյոթ(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 17), Map.entry("տասնութ(\\p{L}{0,3}|երորդ\\p{L}{0,2})", 18),
            Map.entry("տասնին(ը|ն|նը|ներորդ\\p{L}{0,2})", 19), Map.entry("քսան\\p{L}{0,3}", 20),
            Map.entry("երեսուն\\p{L}{0,3}", 30), Map.entry("քառասուն\\p{L}{0,3}", 40),
            Map.entry("հիսուն\\p{L}{0,3}", 50), Map.entry("վաթսուն\\p{L}{0,3}", 60),
            Map.entry("յոթանասուն\\p{L}{0,3}", 70), Map.entry("ութսուն\\p{L}{0,3}", 80),
            Map.entry("իննսուն\\p{L}{0,3}", 90), Map.entry("հարյուր\\p{L}{0,3}", 100),
            Map.entry("կես|կեսը|կեսն|կեսի|կեսով", 50), Map.entry("քառորդ\\p{L}{0,3}", 25),
            Map.entry("հազար\\p{L}{0,3}", 1_000), Map.entry("միլիոն\\p{L}{0,3}", 1_000_000),
            Map.entry("միլիարդ\\p{L}{0,3}", 1_000_000_000));

    /**
     * Azerbaijani word forms, read only in a text that has a letter of Azerbaijani's alphabet that
     * English lacks: English "on" is not "ten". ("onu" is left out: it is mostly the pronoun "it".)
     */
    private static final Map<String, Integer> AZERBAIJANI_FORMS = Map.<String, Integer>ofEntries(
            Map.entry("bir|birinci|ilk", 1), Map.entry("iki\\p{L}{0,3}|ikinci|cüt", 2),
            Map.entry("üç\\p{L}{0,3}|üçüncü", 3), Map.entry("dörd\\p{L}{0,3}|dördüncü", 4),
            Map.entry("beş\\p{L}{0,3}|beşinci", 5), Map.entry("alti\\p{L}{0,3}|altinci", 6),
            Map.entry("yeddi\\p{L}{0,3}|yeddinci", 7), Map.entry("səkkiz\\p{L}{0,3}|səkkizinci", 8),
            Map.entry("doqquz\\p{L}{0,3}|doqquzuncu", 9), Map.entry("on|onuncu|onillik\\p{L}{0,3}", 10),
            Map.entry("iyirmi\\p{L}{0,3}", 20), Map.entry("otuz\\p{L}{0,3}", 30), Map.entry("qirx\\p{L}{0,3}", 40),
            Map.entry("əlli\\p{L}{0,3}", 50), Map.entry("altmiş\\p{L}{0,3}", 60), Map.entry("yetmiş\\p{L}{0,3}", 70),
            Map.entry("səksən\\p{L}{0,3}", 80), Map.entry("doxsan\\p{L}{0,3}", 90), Map.entry("yüz\\p{L}{0,3}", 100),
            Map.entry("yari(m|si|sini|sinda|sindan)?", 50), Map.entry("min", 1_000),
            Map.entry("milyon\\p{L}{0,3}", 1_000_000), Map.entry("milyard\\p{L}{0,3}", 1_000_000_000));

    private static final List<Pattern> PATTERNS = new ArrayList<>();
    private static final List<Integer> VALUES = new ArrayList<>();

    /** Which of {@link #PATTERNS} are Azerbaijani forms. */
    private static final java.util.BitSet AZERBAIJANI = new java.util.BitSet();

    /** Indexes of the forms each first letter can start: a word is tried only against those. */
    private static final Map<Character, List<Integer>> BY_FIRST = new java.util.HashMap<>();

    static {
        FORMS.forEach(NumberWords::register);
        AZERBAIJANI.set(PATTERNS.size(), PATTERNS.size() + AZERBAIJANI_FORMS.size());
        AZERBAIJANI_FORMS.forEach(NumberWords::register);
    }

    /** Adds a form, indexed under each first letter its alternatives can start with. */
    private static void register(String regex, int value) {
        int index = PATTERNS.size();
        PATTERNS.add(Pattern.compile(regex));
        VALUES.add(value);
        int depth = 0;
        boolean start = true;
        for (char c : regex.toCharArray()) {
            if (start && c != '(') {
                BY_FIRST.computeIfAbsent(c, k -> new ArrayList<>()).add(index);
            }
            start = false;
            if (c == '(') {
                depth++;
                start = depth == 1 && regex.indexOf('(') == 0;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                start = true;
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}-]*");

    /**
     * The values of the number words in a folded text, with tens followed by units also read as
     * their sum ("twenty five") and units followed by tens, dozens or hundreds as their product
     * ("two decades", "three hundred"). A hyphenated word is read whole first ("quarter-hour").
     */
    static List<BigDecimal> values(String folded) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        boolean azerbaijani = TextRuns.hasAzerbaijaniLetter(folded);
        int previous = -1;
        while (m.find()) {
            int value = valueOf(m.group(), azerbaijani);
            if (value > 0) {
                out.add(BigDecimal.valueOf(value));
            } else {
                for (String part : m.group().split("-")) {
                    int v = valueOf(part, azerbaijani);
                    if (v > 0) {
                        // "twenty-five" is their sum, "three-quarters" their product
                        value = value > 0 && value % 10 == 0 && v < 10 ? value + v
                                : value >= 2 && value <= 3 && v == 25 ? value * v : v;
                        out.add(BigDecimal.valueOf(v));
                    }
                }
            }
            if (value > 0) {
                out.add(BigDecimal.valueOf(value));
                if (previous > 0 && previous % 10 == 0 && previous >= 10 && value < 10) {
                    out.add(BigDecimal.valueOf(previous + value));
                }
                if (previous >= 2 && previous <= 9 && (value == 10 || value == 12 || value == 100)
                        || previous >= 2 && previous <= 3 && value == 25
                        || previous >= 2 && previous <= 100 && value >= 1_000) {
                    out.add(BigDecimal.valueOf((long) previous * value));
                }
            }
            previous = value;
        }
        return out;
    }

    /**
     * Words that give a quantity only roughly: "decades", "dozens", "hundreds" (and their forms in
     * the four languages), by the unit they count in. A translator may render "decades ago" as
     * "более 30 лет назад".
     */
    private static final Map<Pattern, Integer> ROUGH = Map.of(
            Pattern.compile("decades|десятилети\\p{L}*|десятк\\p{L}*|տասնամյակներ\\p{L}*|տասնյակ\\p{L}*"
                    + "|onillikl\\p{L}*|onlarla"), 10,
            Pattern.compile("dozens|дюжин\\p{L}*"), 12,
            Pattern.compile("hundreds|сотн(и|ями|ях)|сотен|հարյուրավոր\\p{L}*|yüzlərlə"), 100);

    /** The units of the rough quantities a folded text has ("decades": 10); empty when it has none. */
    static java.util.Set<Integer> roughUnits(String folded) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            ROUGH.forEach((pattern, unit) -> {
                if (pattern.matcher(m.group()).matches()) {
                    out.add(unit);
                }
            });
        }
        return out;
    }

    private static int valueOf(String word, boolean azerbaijani) {
        if (word.isEmpty()) {
            return -1;
        }
        List<Integer> candidates = BY_FIRST.get(word.charAt(0));
        if (candidates != null) {
            for (int i : candidates) {
                if ((azerbaijani || !AZERBAIJANI.get(i)) && PATTERNS.get(i).matcher(word).matches()) {
                    return VALUES.get(i);
                }
            }
        }
        return -1;
    }
}
