package io.babeldesk.article.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates from metadata values and from the dates newsrooms print. */
public final class PublicationDates {
    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>(Map.ofEntries(BASE_MONTHS));
        // German, French, Spanish, Italian, Portuguese and Polish (genitive) month names; shared ones are the same month.
        String[][] more = {
            {"januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "stycznia"},
            {"februar", "feber", "février", "fevrier", "febrero", "febbraio", "fevereiro", "lutego"},
            {"märz", "maerz", "mars", "marzo", "março", "marca"},
            {"avril", "abril", "aprile", "kwietnia"},
            {"mai", "mayo", "maggio", "maio", "maja"},
            {"juni", "juin", "junio", "giugno", "junho", "czerwca"},
            {"juli", "juillet", "julio", "luglio", "julho", "lipca"},
            {"août", "aout", "agosto", "sierpnia"},
            {"septembre", "septiembre", "settembre", "setembro", "września"},
            {"oktober", "octobre", "octubre", "ottobre", "outubro", "października"},
            {"novembre", "noviembre", "novembro", "listopada"},
            {"dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia"}};
        for (int i = 0; i < more.length; i++) {
            for (String name : more[i]) {
                m.putIfAbsent(name, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    @SuppressWarnings("unchecked")
    private static final Map.Entry<String, Integer>[] BASE_MONTHS = new Map.Entry[] {
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12),
            Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4),
            Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8),
            Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12),
            Map.entry("yanvar", 1), Map.entry("fevral", 2), Map.entry("mart", 3), Map.entry("aprel", 4),
            Map.entry("iyun", 6), Map.entry("iyul", 7), Map.entry("avqust", 8),
            Map.entry("sentyabr", 9), Map.entry("oktyabr", 10), Map.entry("noyabr", 11), Map.entry("dekabr", 12),
            Map.entry("հունվարի", 1), Map.entry("փետրվարի", 2), Map.entry("մարտի", 3), Map.entry("ապրիլի", 4),
            Map.entry("մայիսի", 5), Map.entry("հունիսի", 6), Map.entry("հուլիսի", 7), Map.entry("օգոստոսի", 8),
            Map.entry("սեպտեմբերի", 9), Map.entry("հոկտեմբերի", 10), Map.entry("նոյեմբերի", 11),
            Map.entry("դեկտեմբերի", 12)};
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|-?го)?\\.?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?iu)\\b(\\d{4})\\s*(?:թ\\.|г\\.|il)?,?\\s+" + MONTH + "\\s+(\\d{1,2})\\b");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.]?\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private PublicationDates() {
    }

    /** A metadata value as an ISO timestamp (when it has a time) or yyyy-MM-dd; null when unreadable. */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replace(' ', 'T');
        s = OFFSET_WITHOUT_COLON.matcher(s).replaceFirst("$1:$2");
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // not a timestamp with an offset: try the shorter forms below
        }
        try {
            return LocalDateTime.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // not a local timestamp either
        }
        return findIn(raw);
    }

    /** The first date printed in a piece of text, as yyyy-MM-dd; null when there is none. */
    public static String findIn(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            String d = date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            String d = date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = YEAR_MONTH_DAY.matcher(text);
        if (m.find() && m.start() < bestAt) {
            String d = date(m.group(1), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = ISO_DATE.matcher(text);
        if (m.find() && m.start() < bestAt) {
            String d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC_DMY.matcher(text);
        if (m.find() && m.start() < bestAt) {
            String d = date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    /** Whether a short line is nothing but a date (with a weekday or a time around it). */
    public static boolean isDateLine(String line) {
        if (line.length() > 60 || findIn(line) == null || Whitespace.wordCount(line) > 8) {
            return false;
        }
        // The date is the line ("Mi, 18. Oktober 2023 um 12:50 Uhr"), not a part of a sentence or list item.
        String rest = line;
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY, NUMERIC_DMY, ISO_DATE}) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        rest = CLOCK_TIME.matcher(rest).replaceAll(" ");
        return Whitespace.wordCount(rest) <= 4 && !line.strip().endsWith(".");
    }

    private static String date(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
