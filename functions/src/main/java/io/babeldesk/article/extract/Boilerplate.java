package io.babeldesk.article.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the lines news sites put around an article: comment forms, share buttons, cookie
 * notices, "read more" and "related" headers, subscription calls, copyright footers and widgets.
 * Rules are written for English, Russian, Armenian and Azerbaijani sites.
 */
public final class Boilerplate {
    /** What kind of page furniture a line is. */
    public enum Kind {
        /** Not furniture: may be article text. */
        NONE,
        /** A header that opens a list of other articles or the comments ("More articles"). */
        SECTION_HEADER,
        /** A comment form prompt. */
        COMMENT_FORM,
        /** Share, print, social network buttons. */
        SHARE,
        /** Cookie and consent notices. */
        COOKIE,
        /** Subscription, newsletter, app and follow-us calls, ads. */
        PROMOTION,
        /** Copyright, legal and contact footer lines. */
        FOOTER,
        /** Weather, currency, clock and counters. */
        WIDGET,
        /** Tag lists and breadcrumbs. */
        TAGS,
        /** Picture credits and source lines ("Foto: dpa", "Quelle: ..."). */
        CREDIT,
        /** Notices about the page rather than the article ("Comments are closed", "Table of contents"). */
        NOTICE
    }

    private static final Pattern SECTION_HEADER = Pattern.compile("(?iu)^(must read|more articles|more stories|more news"
            + "|latest( articles?| news| posts| stories)?|related( articles| posts| news| stories| content| topics)?"
            + "|read (also|more|next)|see also|also read|you (may|might) (also )?(like|be interested in)"
            + "|more (from|in|on|about) [^.!?]{1,40}|recommended( for you| stories| articles| reading)?"
            + "|popular( posts| news| articles| now)?|trending( now| stories)?|most (read|popular|viewed)|top stories"
            + "|editor'?s picks|comments?( \\(\\d+\\))?|\\d+ comments?|discussion|what to read next|don'?t miss"
            + "|читайте (также|еще|ещё)|смотрите также|см\\. также|похожие (новости|статьи|материалы|публикации)"
            + "|другие (новости|материалы|статьи)|последние (новости|материалы|статьи)|лента новостей|популярное"
            + "|самое (читаемое|популярное)|(ещё|еще|новости|материалы) по теме|по теме|главное|актуально|рекомендуем"
            + "|комментарии( \\(\\d+\\))?|обсуждение|вам (может быть )?(также )?интересно|выбор редакции"
            + "|oxşar xəbərlər|digər xəbərlər|son xəbərlər|ən çox oxunanlar|həmçinin oxuyun|bunu da oxuyun"
            + "|mövzuya aid|populyar|xəbər lenti|şərhlər"
            + "|weitere (informationen|artikel|nachrichten|themen)|das könnte (dich|sie) (auch )?interessieren"
            + "|zum weiterlesen|mehr zum thema|lesen sie (auch|mehr)|auch interessant|kommentare|kommentieren"
            + "|czytaj (też|także|również)|zobacz (też|także)|le puede interesar|te puede interesar|lee también"
            + "|lea también|à lire aussi|lire aussi|sur le même sujet|leggi anche|ver también|veja também"
            + "|schon gelesen|mehr themen|mehr zu [^.!?]{1,40}|weitere [^.!?]{0,20}(beiträge|artikel|tipps|themen)"
            + "|lesen sie (auch )?(die|den|das) folgenden? beitr(a|ä)ge?|(das thema )?könnte (dich|sie) auch interessieren"
            + "|about the author|über den autor|über die autorin|sobre el autor|à propos de l'auteur|o autorze"
            + "|quellen(angaben)?|((view )?article )?sources|footnotes|fuentes|źródła|zobacz również|przeczytaj (też|także|również)"
            + "|նմանատիպ (նյութեր|լուրեր)|այլ (նյութեր|լուրեր|նորություններ)|վերջին (լուրեր|նորություններ)"
            + "|կարդացեք նաև|թեմայի շուրջ|ամենաընթերցվածը|լրահոս|մեկնաբանություններ)\\s*[:.!»›>…→]*$");
    private static final Pattern READ_ALSO_LINE = Pattern.compile("(?iu)^(read (also|more)|see also|also read"
            + "|related|recommended|читайте (также|еще|ещё)|смотрите также|см\\. также|по теме|həmçinin (oxuyun|bax)"
            + "|bunu da oxuyun|կարդացեք նաև|տե՛ս նաև|lesen sie (auch|mehr)|mehr zum thema|czytaj (też|także|również)"
            + "|zobacz (też|także)|le puede interesar|te puede interesar|lee también|lea también|à lire aussi"
            + "|lire aussi|leggi anche|ver também)\\s*[:\\-–—>»].*");
    private static final Pattern COMMENT_FORM = Pattern.compile("(?iu)^(leave a (reply|comment)|post a comment"
            + "|add (a )?comment|write a comment|(please )?enter your (comment|name|e-?mail|website)( address)?( here)?"
            + "|save my name.*|your e-?mail address will not be published.*|required fields are marked.*"
            + "|you must be logged in to post a comment.*|(name|e-?mail|website|comment)\\s*\\*?:?|post comment"
            + "|submit( comment)?|cancel reply|log in to (reply|comment).*"
            + "|already (have an account|a subscriber|subscribed)\\?? ?(log ?in|sign ?in)?"
            + "|оставить комментарий|оставьте комментарий|добавить комментарий|написать комментарий"
            + "|ваш (комментарий|e-?mail|email|адрес электронной почты)( не будет опубликован)?.*|ваше имя\\s*\\*?"
            + "|отправить( комментарий)?|для того,? чтобы оставить комментарий.*|войдите,? чтобы .*комментари.*"
            + "|şərh (yaz|yazın|əlavə et|bildirin)|adınız\\s*\\*?|e-?poçtunuz.*"
            + "|մեկնաբանել|թողնել մեկնաբանություն|ավելացնել մեկնաբանություն|ձեր անունը)[.!:*]*$");
    private static final Pattern PROMOTION = Pattern.compile("(?iu)(subscribe|sign up for|newsletter|follow us"
            + "|join our|download (our|the) app|advertisement|sponsored content|support our journalism"
            + "|подпис(ывайтесь|аться|ывайся|ка)|наш(ем|) (telegram|телеграм|канал)|рассылк|реклама|присоединяйтесь"
            + "|abunə ol|bizi izləyin|reklam|բաժանորդագր|հետևեք մեզ|գովազդ)");
    // Calls to follow, subscribe, donate or read on, in the languages news sites use most; short lines only.
    private static final Pattern PROMOTION_LINE = Pattern.compile("(?iu)(folgen sie uns|folge uns|abonnier"
            + "|jetzt (kostenlos )?(registrieren|anmelden|bestellen)|jede (kleine )?spende|^[-–*\\s]*(werbung|anzeige)\\b"
            + "|síguenos|siguenos|suscr[ií]b|hazte (miembro|socio)|canal de (telegram|youtube|whatsapp)"
            + "|suivez-nous|abonnez-vous|pour lire la suite|inscrivez-vous"
            + "|zapraszamy|subskrypc|obserwuj nas|zapisz się|dowiedz się więcej"
            + "|follow .{0,40} on (twitter|facebook|instagram)|keep up with me on|if you (enjoyed|liked) (reading )?this"
            + "|for the latest (stories|news)|submit your letter|we want to hear what you think"
            + "|(liked|enjoyed|like) (this|our) (article|story|post|magazine)|gefällt (dir|ihnen) (unser|dieser)"
            + "|do you want to be informed)");
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(foto(s|grafie)?|bild(er)?|titelbild|beitragsbild"
            + "|photos?|photograph(y|ed)?|images?|credits?|crédits?( photos?)?|source|quelle|quellen|źródło|fuente"
            + "|zdjęci[ea]|fot\\.|abbildung( \\d+)?|grafik|illustration|фото(графия)?|источник|mənbə|şəkil"
            + "|լուսանկար(ը|ներ)?|աղբյուր(ը)?)\\s*(:|by\\b|von\\b|©).{0,120}$");
    private static final Pattern NOTICE = Pattern.compile("(?iu)^(comments are closed|keine kommentare|no comments( yet)?"
            + "|sie sind (aktuell )?nicht eingeloggt|inhaltsverzeichnis|table of contents|índice|sommaire|spis treści"
            + "|this entry was posted .*|möchten sie (den|diesen) (artikel|beitrag) teilen|zurück zur (liste|übersicht).*"
            + "|rezept drucken|print recipe|alle angaben ohne gewähr|back to top|end of (the )?article"
            + "|(was|did you find) (this|the) (article|post|page|guide) helpful)[.!?:]*$");
    // "Published on ...", "Veröffentlicht am ... unter ...": when and where a post was filed.
    private static final Pattern META_LINE = Pattern.compile("(?iu)^(veröffentlicht|erstellt|verfasst|geschrieben"
            + "|publiziert|aktualisiert|zuletzt aktualisiert|posted|published|updated|last updated|written|filed"
            + "|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano"
            + "|news date|der beitrag wurde|dieser (beitrag|eintrag|artikel) wurde|this entry was)"
            + "(\\s*:|\\s+(am|on|le|el|il|in|unter|under|by|von|par|por|dnia|at|um)\\b)");
    private static final Pattern COOKIE = Pattern.compile("(?iu)(cookie|куки|kuki|թխուկ"
            + "|(we|this site) uses? .{0,20}tracking|privacy settings)");
    private static final Pattern FOOTER = Pattern.compile("(?iu)(©|\\(c\\) ?(19|20)\\d\\d|all rights reserved"
            + "|все права (защищены|сохранены)|при (использовании|копировании|перепечатке) материалов"
            + "|bütün hüquqlar (qorunur|qorunmuşdur)|բոլոր իրավունքները (պաշտպանված|պահպանված)"
            + "|privacy policy|terms of (use|service)|cookie policy|contact us|about us|advertise with us"
            + "|политика конфиденциальности|пользовательское соглашение|правила использования"
            + "|məxfilik siyasəti|գաղտնիության քաղաքականություն)");
    private static final Pattern WIDGET = Pattern.compile("(?iu)^([+\\-−–]?\\d{1,2}([.,]\\d)?\\s*°?\\s*[CF]"
            + "|[+\\-−–]?\\d{1,2}\\s*°"
            + "|\\d{1,2}:\\d{2}( ?[ap]m)?"
            + "|(usd|eur|rub|gbp|amd|azn|try|cny|btc|brent|wti|gold|oil|нефть|золото)\\b.{0,25}\\d.{0,15}"
            + "|[\\d\\s.,]+(views?|comments?|shares?|likes?|просмотр(ов|а)?|комментари(ев|я|й)|baxış|դիտում)"
            + "|\\d+ min(ute)?s?\\.? read|reading time.{0,20}|время чтения.{0,20}|\\d+ мин(ут[аы]?)?"
            + "|(\\d+|an?) (sec(ond)?s?|min(ute)?s?|hours?|hrs?|days?|weeks?|months?) ago"
            + "|\\d+ (секунд[уы]?|минут[уы]?|час(а|ов)?|дн(я|ей)|день|недел[юи]|месяц(а|ев)?) назад"
            + "|(updated|published|обновлено|опубликовано|yenilənib|թարմացվել)\\s*:?.{0,40}\\d.{0,20}"
            + "|[\\d\\s.,:/|]+)$");
    private static final Pattern TAGS = Pattern.compile("(?iu)^(tags?|topics?|filed under|categories|category"
            + "|kategorien?|schlagw(ö|o)rte?|stichw(ö|o)rte?|this entry was posted in|posted in|veröffentlicht in"
            + "|теги|метки"
            + "|рубрики?|etiketlər|teqlər|պիտակներ|թեգեր)\\s*:.*");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|written by|author|reported by|автор(ы)?|текст"
            + "|подготовил(а)?|müəllif|հեղինակ)\\s*[:\\-–—]?\\s+[\\p{L}][\\p{L}\\p{M}.'’\\- ]{1,60}"
            + "(,\\s*[^.]{1,40})?$");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "tweet", "facebook", "twitter", "x",
            "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "email", "e-mail", "print", "vk", "vkontakte",
            "вконтакте", "ok", "одноклассники", "viber", "copy", "link", "pocket", "tumblr", "flipboard", "messenger",
            "поделиться", "отправить", "скопировать", "ссылку", "ссылка", "мой", "мир", "paylaş", "paylas", "կիսվել",
            "on", "this", "article", "story", "post", "via", "save", "сохранить", "распечатать", "печать",
            "pin", "it", "google", "threads", "bluesky", "mail", "mastodon", "skype", "line", "wechat",
            "дзен", "яндекс", "rss");

    private Boilerplate() {
    }

    /** Classifies one line or short block of text. */
    public static Kind classify(String line) {
        String s = Whitespace.normalise(line);
        if (s.isEmpty()) {
            return Kind.NONE;
        }
        int words = Whitespace.wordCount(s);
        if (words <= 12 && SECTION_HEADER.matcher(s).matches()) {
            return Kind.SECTION_HEADER;
        }
        if (words <= 20 && COMMENT_FORM.matcher(s).matches()) {
            return Kind.COMMENT_FORM;
        }
        if (words <= 15 && isShareLine(s)) {
            return Kind.SHARE;
        }
        if (words <= 60 && COOKIE.matcher(s).find()) {
            return Kind.COOKIE;
        }
        if (words <= 25 && FOOTER.matcher(s).find()) {
            return Kind.FOOTER;
        }
        if (words <= 25 && PROMOTION.matcher(s).find()) {
            return Kind.PROMOTION;
        }
        if (words <= 25 && READ_ALSO_LINE.matcher(s).matches()) {
            return Kind.SECTION_HEADER;
        }
        if (words <= 20 && PROMOTION_LINE.matcher(s).find()) {
            return Kind.PROMOTION;
        }
        if (words <= 12 && CREDIT.matcher(s).matches()) {
            return Kind.CREDIT;
        }
        if (words <= 15 && NOTICE.matcher(s).matches()) {
            return Kind.NOTICE;
        }
        if (words <= 40 && META_LINE.matcher(s).find()
                && (words <= 15 || PublicationDates.findIn(s) != null)) {
            return Kind.TAGS;
        }
        if (words <= 40 && TAGS.matcher(s).matches()) {
            return Kind.TAGS;
        }
        if (words <= 8 && WIDGET.matcher(s).matches()) {
            return Kind.WIDGET;
        }
        return Kind.NONE;
    }

    /**
     * Whether a line is one teaser ("Read also: Other headline") rather than a header over a list of them:
     * it points to one other article and the text goes on after it.
     */
    public static boolean isTeaserLine(String line) {
        String s = Whitespace.normalise(line);
        return Whitespace.wordCount(s) <= 25 && READ_ALSO_LINE.matcher(s).matches()
                && !SECTION_HEADER.matcher(s).matches();
    }

    /** Whether a short line names an author ("By Jane Doe", "Автор: ...") . */
    public static boolean isByline(String line) {
        String s = Whitespace.normalise(line);
        return Whitespace.wordCount(s) <= 12 && BYLINE.matcher(s).matches();
    }

    /** The name in a byline line, without its "By" lead-in. */
    public static String bylineName(String line) {
        String s = Whitespace.normalise(line);
        return s.replaceFirst("(?iu)^(by|written by|author|reported by|автор(ы)?|текст|подготовил(а)?|müəllif|հեղինակ)"
                + "\\s*[:\\-–—]?\\s+", "");
    }

    /** Whether a line carries a web address. */
    public static boolean hasUrl(String line) {
        return URL.matcher(line).find();
    }

    private static boolean isShareLine(String s) {
        String[] tokens = s.toLowerCase(Locale.ROOT).split("[\\s|/,·•:]+");
        int known = 0;
        for (String t : tokens) {
            if (t.isEmpty() || t.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (!SHARE_WORDS.contains(t.replaceAll("[^\\p{L}\\-]", ""))) {
                return false;
            }
            known++;
        }
        // A line of only "on", "this" or "it" is not a share bar; require a network or an action word.
        return known > 0 && tokens.length > 0 && !s.matches("(?i)(on|this|it|article|story|post|link|line)");
    }
}
