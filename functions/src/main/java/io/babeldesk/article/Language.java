package io.babeldesk.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language babeldesk publishes in, with the script its text is written in. */
public enum Language {
    EN("en", "English", Character.UnicodeScript.LATIN),
    RU("ru", "Russian", Character.UnicodeScript.CYRILLIC),
    HY("hy", "Armenian", Character.UnicodeScript.ARMENIAN),
    AZ("az", "Azerbaijani", Character.UnicodeScript.LATIN);

    private final String code;
    private final String englishName;
    private final Character.UnicodeScript script;

    Language(String code, String englishName, Character.UnicodeScript script) {
        this.code = code;
        this.englishName = englishName;
        this.script = script;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }

    public Character.UnicodeScript script() {
        return script;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        String base = dash > 0 ? c.substring(0, dash) : c;
        return Arrays.stream(values()).filter(l -> l.code.equals(base)).findFirst();
    }

    @JsonCreator
    static Language fromJson(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown language: " + code));
    }

    /** All languages other than this one, in declaration order. */
    public List<Language> others() {
        return Arrays.stream(values()).filter(l -> l != this).toList();
    }
}
