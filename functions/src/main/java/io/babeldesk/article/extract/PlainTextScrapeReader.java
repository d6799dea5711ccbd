package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a plain-text scrape of a news page: every line is classified (widget, navigation, byline,
 * author box and blurb, section header, share/cookie/comment-form furniture, prose), the longest
 * run of prose is the article, and the title and date are found just above it.
 */
public final class PlainTextScrapeReader {
    static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-•*·▪–]|\\d{1,3}[.)])\\s+");
    static final Pattern TERMINAL = Pattern.compile("[.!?…:;\"”»)\\]։՞՜]$");
    private static final Pattern INLINE_READ_ALSO = Pattern.compile("(?iu)^(read (also|more)|see also|also read"
            + "|related|читайте (также|еще|ещё)|смотрите также|см\\. также|по теме|həmçinin (oxuyun|bax)"
            + "|bunu da oxuyun|կարդացեք նաև|տե՛ս նաև)\\s*[:\\-–—>»].*");
    // A closing header ends the article: what follows is other articles or the comments.
    private static final Pattern INLINE_SECTION = Pattern.compile("(?iu)^(read (also|more|next)|see also|also read"
            + "|читайте (также|еще|ещё)|смотрите также|см\\. также|по теме|həmçinin oxuyun|bunu da oxuyun"
            + "|կարդացեք նաև)\\s*[:.!»›>]*$");
    /**
     * Lines a reader meets where the article is over: the way to the neighbouring posts, the end of a
     * blog entry, and the replies of a comment thread. A thread is never the article, however long.
     */
    private static final Pattern ARTICLE_END = Pattern.compile("(?iu)^((recent|newer|older) (posts|articles|stories|news)"
            + "|prev(ious)?( post| article| story| entry)?|next( post| article| story| entry)?"
            + "|(prev(ious)?|next)( post| article| story)?\\s*[:›»>].{0,120}|back to (blog|news|articles|all .{1,30})"
            + "|all (posts|articles|stories|news)|see all|view all|discussion about this (post|article)"
            + "|was this (page|article|post) (helpful|useful)\\??|explore more|more to explore"
            + "|reply|reply to (this|comment)( parent)?( share)?|re:.{0,60}|(\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,4}(says|wrote)|(load|show|view|see) (all |more )?(\\d+ )?comments"
            + "|\\d+ (responses|replies|thoughts)( to .{1,100})?|join the (conversation|discussion)"
            + "|comments filter:?|sort by:? (newest|oldest|best|top|popular).*|[^.!?]{1,60} (says|said|wrote):"
            + "|log ?in to (reply|comment).*|предыдущая (статья|новость|запись)|следующая (статья|новость|запись)"
            + "|ответить|все (новости|статьи|материалы)|əvvəlki (xəbər|məqalə)|növbəti (xəbər|məqalə)"
            + "|(article )?sources|references|bibliography|why trust us\\??|like this|the authors?|meet the authors?"
            + "|(related|more|recommended|further) (insights|reading|resources|guides|reviews)"
            + "|keep (exploring|reading)( this topic)?|you may (also )?be interested in.{0,60}"
            + "|see more (reviews|articles|stories|posts|news)|источники|литература|об авторе|mənbələr|müəllif haqqında"
            + "|աղբյուրներ|հեղինակի մասին"
            + "|cavab ver|bütün xəbərlər|նախորդ (նյութ|հոդված|լուր)|հաջորդ (նյութ|հոդված|լուր)|պատասխանել"
            + "|բոլոր (նյութերը|լուրերը))[.!:]*$");
    /** Buttons a scrape keeps as lines of their own: a reader passes over them. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)^(book now|learn more|get started|buy now"
            + "|buy (it )?(on|at) [\\p{L}.]{2,20}|shop now|get (a|your) (demo|quote)|sign up( now| today)?|apply now"
            + "|read (the )?(full )?review|jump to (review|recipe)|check (the )?(price|rates|availability).{0,40}"
            + "|see (the )?(price|rating|deal)s?|view (the )?(deal|offer|price)|where to buy|best prices today:?"
            + "|download|contact|search|menu|close|(back to|go to|scroll to) top|наверх|advertising|advertisement|sponsored|подробнее|купить|реклама"
            + "|ətraflı|reklam|ավելին|գովազդ)[.!:]*$");
    /** A shop's button under a product of a round-up: a price, a store, a price comparison. */
    private static final Pattern SHOP_BUTTON = Pattern.compile("(?iu)^(see it at .{1,40}|\\$[\\d,.]+( \\$[\\d,.]+)? at "
            + "[\\p{L}\\d .&'-]{2,30}|price comparison from .{1,40}|\\+ ?more info|view (it )?(on|at) (amazon|walmart"
            + "|best buy|target).{0,30}|(check|see|view) (the )?(latest |current )?price (on|at) .{1,30}|shop (it )?(now|on|at) .{0,30}"
            + "|get (the )?deal|starting at \\$[\\d,.]+|compare prices|track price|website call)[.!:]*$");
    /** Legal small print and footnotes: they follow an article and are never its text, however long. */
    private static final Pattern DISCLAIMER = Pattern.compile("(?iu)^((legal |important )?(disclaimer|disclosures?"
            + "|notice)s?\\s*[:.]?$|disclaimer\\s*:"
            + "|.{0,80}\\b(is|are|does|do) not (intended|meant) (as|to (be|provide|replace|constitute))\\b"
            + "|.{0,80}\\bfor (general )?(informational|information|educational)( purposes)? only\\b"
            + "|.{0,40}\\bpast performance (is|does) not\\b|.{0,80}\\bdoes not constitute (legal|financial|investment|tax|medical)\\b"
            + "|.{0,80}не является (индивидуальной )?(инвестиционной )?рекомендацией|.{0,80}носит (исключительно )?"
            + "(ознакомительный|информационный|справочный) характер)");
    /**
     * The small print of a form: what a reader agrees to by sending it ("By submitting this form, you
     * authorize …", "This field is for validation purposes …"). The article is never in a form.
     */
    private static final Pattern FORM_CONSENT = Pattern.compile("(?iu)^(by (submitting|signing up|subscribing"
            + "|providing|checking|clicking|entering|registering|continuing)\\b.{0,80}\\b(you|i) (agree|consent|authori[sz]e"
            + "|acknowledge|accept|confirm)|this field is for validation|comments are closed\\b)");
    /**
     * A picture's caption, told by the credit it ends with ("… on the steep trail. Credit: Jane Doe",
     * "… after the storm. Photo by Tom Hill"): the caption of a picture, not text.
     */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?u)((?i:\\b(credit|photo|image|photograph"
            + "|illustration)s?( credit)?)\\s*:\\s*|(?i:\\b(photo|image|illustration)s? by) )"
            + "\\p{Lu}[\\p{L}.'’\\-]*(\\s+((and|&|de|van|von|for)\\s+)?\\p{Lu}[\\p{L}.'’\\-]*){0,4}"
            + "(\\s*/\\s*\\p{Lu}[\\p{L}.'’\\-]*(\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2})?\\.?$");
    private static final int CAPTION_WORDS = 50;
    /**
     * The site's note that its links earn it money, printed over or under its posts ("This post contains
     * affiliate links", "We may earn a commission from links on this page").
     */
    private static final Pattern AFFILIATE_NOTE = Pattern.compile("(?iu)(\\b(post|article|page|site|website|blog"
            + "|podcast|review|guide)s? (may )?(contains?|includes?|uses?) (some )?(affiliate|commissionable) links"
            + "|\\b(we|i) (may )?(earn|receive|get|make) (an? )?(small |tiny )?(affiliate )?(commission|compensation)"
            + "|\\bmay earn (an? )?(small )?(affiliate )?commission|\\bas an amazon (associate|affiliate)"
            + "|\\bearn(s)? (us )?(an? )?small commission|\\bat no (extra|additional) cost to you)");
    private static final int AFFILIATE_NOTE_WORDS = 60;
    /** A header or prompt that opens the readers' comments. */
    private static final Pattern COMMENT_THREAD = Pattern.compile("(?iu)^((\\d+\\s+)?(comments?|responses?|replies"
            + "|thoughts|reader comments|discussion|комментари(и|ев|я|й)|обсуждение|отзывы|şərhlər|şərh"
            + "|rəylər|մեկնաբանություններ|մեկնաբանություն)(\\s*\\(\\d+\\))?( (to|on) .{1,100})?"
            + "|join the (conversation|discussion)|(load|show|view|see) (all |more )?(\\d+ )?comments"
            + "|comments filter)[.:!]*$");
    private static final Pattern COMMENT_WORD = Pattern.compile("(?iu)(comment|reply|коммент|şərh|մեկնաբան)");
    // "124 Comments" is also printed beside the byline, above the article: it opens a thread only after more prose
    private static final Pattern COMMENT_COUNT = Pattern.compile("(?iu)^\\d+\\s+\\p{L}+$");
    private static final int THREAD_AFTER_WORDS = 50;
    /** A comment's head: the commenter's name over the day and time of the comment. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final int SIGNED_COMMENTS = 3;
    /** "Mallory R.", "A. Rae V. B.": a reader's signature under a testimonial. */
    private static final Pattern SIGNATURE = Pattern.compile("^(\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{Ll}'’\\-]+"
            + "(\\s+\\p{Lu}[\\p{Ll}'’\\-]+)?(\\s+\\p{Lu}\\.?){1,2}$");
    private static final int SIGNED_QUOTES = 3;
    private static final int COUNT_AFTER_WORDS = 150;
    private static final Pattern BLURB_CUE = Pattern.compile("(?iu)\\b(we|our|us|is an? (platform|journalist|reporter"
            + "|writer|correspondent|news|media|freelance|contributor|columnist|editor|independent|online|digital)"
            + "|writes about|covers|founded|мы|наш[аеи]?|журналист|корреспондент|biz|bizim|jurnalist|müxbir"
            + "|մենք|մեր|լրագրող)\\b");
    /** The link under a teaser: the paragraph above it is the start of another page's text. */
    private static final Pattern MORE_LINK = Pattern.compile("(?iu)^((read|learn|see|find out|discover) more"
            + "|continue reading|keep reading|read (the )?(full|whole|entire) (story|article|post|review)"
            + "|читать (далее|дальше|полностью)|davamını oxu|կարդալ ավելին)\\s*[.!…»›>→]*$");
    private static final int TEASER_WORDS = 80;
    private static final int REPEATED_WORDS = 8;
    private static final int RECURRING_CLOSINGS = 3;
    private static final Pattern INLINE_RELATED = Pattern.compile("(?iu)^(related|(related|recommended) (stories"
            + "|articles|posts|content|reading|coverage)|recommended( for you)?|you (may|might) (also )?like"
            + "|more (on|about) .{1,40}"
            + "|по теме|əlaqəli|առնչվող)\\s*:?$");
    private static final int INLINE_BOX_LINES = 8;
    private static final int LINKS_LINES = 3;
    private static final Pattern CODE_MARK = Pattern.compile("[{};]|=>|\\w\\(");
    /** "Karina Cohen", "Mary J. Blige": a person's name on a line of its own. */
    private static final Pattern PERSON_NAME = Pattern.compile("^(?!(The|A|An|This|These|Our|Your|My|Why|How|What|When"
            + "|Where|Best|Top|New)\\s)(\\p{Lu}[\\p{Ll}'’\\-]+\\.?\\s+){1,3}\\p{Lu}[\\p{Ll}'’\\-]+$");
    private static final Pattern BIO_VERB = Pattern.compile("\\b(is|was|has|holds|serves|works|brings|leads|writes"
            + "|joined|founded)\\b");
    /** What a note on a person says and a description of a place or a thing does not. */
    private static final Pattern PERSONAL = Pattern.compile("(?iu)\\b(he|she|his|her|writer|author|editor"
            + "|founder|owner|journalist|reporter|expert|specialist|consultant|graduate|degree|experience|career)\\b");
    private static final int BIO_LINES = 8;
    /** How far above a form's button its comment prompt may stand ("Leave a reply", "Comment *"). */
    private static final int FORM_LINES = 8;
    private static final int MENU_LINE_WORDS = 8;
    private static final int REPEATED_PARAGRAPHS = 3;
    private static final Pattern FIELD_LABEL = Pattern.compile("^\\p{L}[\\p{L} ]{1,24}:\\s");
    /** Paragraphs shorter than this weigh less than their words: blurbs, captions and menu texts are short. */
    private static final int FULL_PARAGRAPH_WORDS = 20;
    private static final int MAX_HEADING_WORDS = 15;
    private static final int BREAKING_STREAK = 3;
    private static final int MAX_BRIDGED_LINES = 45;
    /** What a short line between two runs of prose (a menu entry, a name) costs a reader, in words of prose. */
    private static final int GAP_LINE_COST = 2;
    private static final int MENU_ENTRY_WORDS = 4;
    /** A date between two runs of prose: what follows is most likely the head of another item. */
    private static final int DATE_COST = 40;
    /**
     * A date under an article already this long, in words of prose, when no date came between its
     * paragraphs before: the list of other posts begins, and the date costs more.
     */
    private static final int ARTICLE_WORDS = 100;
    private static final int LATE_DATE_COST = 40;
    private static final int HEAD_FACTOR = 2;
    private static final int LEAD_UNITS = 3;
    private static final int HEADLINE_WINDOW = 40;
    private static final int DATED_LINE_WORDS = 15;
    private static final int WRAP_MAX = 120;
    private static final int WRAP_SLACK = 12;
    private static final int WRAPPED_LINES = 10;

    private PlainTextScrapeReader() {
    }

    private enum Role { PROSE, SHORT, LIST_ITEM, FURNITURE, INLINE_SECTION, CLOSING_SECTION, BYLINE, AUTHOR_BOX,
        DATE, BLURB, RELATED, TEASER, TESTIMONIAL }

    private static final class Unit {
        final String text;
        Role role;

        Unit(String text) {
            this.text = text;
        }
    }

    /** Reads a scrape into title, byline, date and body blocks. */
    public static ArticleDraft read(String text, List<String> warnings) {
        List<Unit> units = units(text);
        classify(units);
        int[] region = mainRegion(units);
        String title = null;
        String byline = null;
        String published = null;
        List<Block> blocks = new ArrayList<>();
        int start = region[0];
        int end = region[1];
        if (start >= 0) {
            title = headline(units, start);
            boolean[] repeated = repeatedPassages(units, start, end);
            for (int i = start; i <= end; i++) {
                Unit u = units.get(i);
                if (repeated[i - start]) {
                    continue; // the same passage again (a page printed twice, for two screen sizes): read once
                }
                switch (u.role) {
                    // a paragraph above a "more" link weighs nothing in finding the article, but within it is text
                    case PROSE, TEASER -> {
                        // a caption weighs in finding the article like the lines around it, but is not its text
                        if (!isAside(u.text)) {
                            blocks.add(new Block(BlockType.PARAGRAPH, u.text));
                        }
                    }
                    case LIST_ITEM -> blocks.add(new Block(BlockType.LIST_ITEM,
                            LIST_MARKER.matcher(u.text).replaceFirst("")));
                    case SHORT -> {
                        if (!isAside(u.text)) {
                            blocks.add(new Block(BlockType.HEADING, u.text));
                        }
                    }
                    default -> {
                        // furniture, bylines and dates inside the article are not its text
                    }
                }
            }
        }
        int metadataEnd = start >= 0 ? start : units.size();
        if (start >= 0) {
            published = dateOverArticle(units, start);
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (published == null && u.role == Role.DATE && (i < metadataEnd || i <= end)) {
                published = PublicationDates.findIn(u.text);
            }
            if (byline == null && i < metadataEnd) {
                if (u.role == Role.BYLINE) {
                    byline = Boilerplate.bylineName(u.text);
                } else if (u.role == Role.AUTHOR_BOX && !Boilerplate.hasUrl(u.text)) {
                    byline = u.text;
                }
            }
        }
        return new ArticleDraft(title, byline, published, null, null, null, null, blocks, warnings);
    }

    /**
     * Paragraphs that repeat, in the same order, a passage of at least {@value #REPEATED_PARAGRAPHS}
     * paragraphs printed earlier in the article: the page's text given twice. A single paragraph
     * printed again (a recurring caption or note) is kept where the page puts it.
     */
    private static boolean[] repeatedPassages(List<Unit> units, int start, int end) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        int[] copyOf = new int[end - start + 1];
        int previousCopy = -2;
        int previousIndex = -1;
        int stretch = 0;
        boolean[] repeated = new boolean[end - start + 1];
        for (int i = start; i <= end; i++) {
            Unit u = units.get(i);
            if (u.role != Role.PROSE || Whitespace.wordCount(u.text) < REPEATED_WORDS) {
                continue;
            }
            Integer earlier = first.putIfAbsent(u.text, i);
            if (earlier == null) {
                stretch = 0;
                continue;
            }
            // the copy goes on when this paragraph's earlier print follows the last one's closely
            boolean goesOn = stretch > 0 && earlier > previousCopy && earlier - previousCopy <= 3
                    && i - previousIndex <= 3;
            stretch = goesOn ? stretch + 1 : 1;
            copyOf[i - start] = stretch;
            previousCopy = earlier;
            previousIndex = i;
            if (stretch == REPEATED_PARAGRAPHS) {
                for (int j = i, left = stretch; j >= start && left > 0; j--) {
                    if (copyOf[j - start] > 0) {
                        repeated[j - start] = true;
                        left--;
                    }
                }
            } else if (stretch > REPEATED_PARAGRAPHS) {
                repeated[i - start] = true;
            }
        }
        return repeated;
    }

    /** A picture's caption or the site's note on its affiliate links: neither is the article's text. */
    private static boolean isAside(String text) {
        int words = Whitespace.wordCount(text);
        return words <= CAPTION_WORDS && CAPTION_CREDIT.matcher(text).find()
                || words <= AFFILIATE_NOTE_WORDS && AFFILIATE_NOTE.matcher(text).find();
    }

    /** The first two words of a line, lowercased. */
    private static String leadWords(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+", 3);
        return words.length >= 2 ? words[0] + " " + words[1] : words[0];
    }

    /**
     * Splits into lines, joining lines of hard-wrapped paragraphs: a line continues the one above when
     * it starts in lower case after an unfinished line, or, in a text wrapped at a fixed width, when
     * its first word would not have fitted on the line above.
     */
    private static List<Unit> units(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Whitespace.normalise(lines[i]);
        }
        int width = wrapWidth(lines);
        List<Unit> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(units, current);
                previous = null;
                continue;
            }
            if (previous != null && continues(previous, line, width)) {
                current.append(' ').append(line);
            } else {
                flush(units, current);
                current.append(line);
            }
            previous = line;
        }
        flush(units, current);
        return units;
    }

    /**
     * The width a text was hard-wrapped at, or 0: many lines end within a few characters of the
     * longest line and hardly any line is longer (a scrape of a page has lines of every length).
     */
    private static int wrapWidth(String[] lines) {
        int[] counts = new int[WRAP_MAX + 2];
        int nonEmpty = 0;
        for (String line : lines) {
            if (!line.isEmpty()) {
                nonEmpty++;
                counts[Math.min(line.length(), WRAP_MAX + 1)]++;
            }
        }
        if (counts[WRAP_MAX + 1] * 50 > nonEmpty) {
            return 0;
        }
        int longest = WRAP_MAX;
        while (longest > 0 && counts[longest] == 0) {
            longest--;
        }
        int nearLongest = 0;
        for (int w = Math.max(0, longest - WRAP_SLACK); w <= longest; w++) {
            nearLongest += counts[w];
        }
        return longest >= 40 && nearLongest >= WRAPPED_LINES ? longest : 0;
    }

    private static boolean continues(String previous, String next, int width) {
        if (startsWithListMarker(next)) {
            return false;
        }
        if (width > 0) {
            int space = next.indexOf(' ');
            int firstWord = space < 0 ? next.length() : space;
            return previous.length() + 1 + firstWord > width - 1;
        }
        return !endsTerminal(previous) && Character.isLowerCase(next.codePointAt(0));
    }

    private static void flush(List<Unit> units, StringBuilder current) {
        if (!current.isEmpty()) {
            units.add(new Unit(current.toString()));
            current.setLength(0);
        }
    }

    private static void classify(List<Unit> units) {
        for (Unit u : units) {
            u.role = roleOf(u.text);
        }
        // an author box is a line or two; lines of web addresses one after another are a list of links or code
        for (int i = 0, j; i < units.size(); i = Math.max(j, i + 1)) {
            j = i;
            while (j < units.size() && units.get(j).role == Role.AUTHOR_BOX) {
                j++;
            }
            for (int k = i; j - i >= LINKS_LINES && k < j; k++) {
                units.get(k).role = Role.FURNITURE;
            }
        }
        for (int i = 1; i < units.size(); i++) {
            // "Name" above "Namehttps://site": the author box's name line belongs to the box.
            if (units.get(i).role == Role.AUTHOR_BOX && units.get(i - 1).role == Role.SHORT
                    && Whitespace.wordCount(units.get(i - 1).text) <= 4) {
                units.get(i - 1).role = Role.AUTHOR_BOX;
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.role != Role.PROSE || i == 0) {
                continue;
            }
            Unit previous = units.get(i - 1);
            if ((previous.role == Role.AUTHOR_BOX || previous.role == Role.BYLINE) && isBlurb(u.text, units, i)) {
                u.role = Role.BLURB;
            }
        }
        for (int i = 1; i < units.size(); i++) {
            if (!MORE_LINK.matcher(units.get(i).text).matches()) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && units.get(j).role == Role.FURNITURE) {
                j--;
            }
            Unit teaser = units.get(j);
            if (teaser.role == Role.PROSE && Whitespace.wordCount(teaser.text) <= TEASER_WORDS) {
                teaser.role = Role.TEASER;
            }
        }
        // "More on <artist>" under every item of a round-up: a closing header printed again and again
        // belongs to the items, it does not end the article (replies of a thread still do)
        java.util.Map<String, Integer> closings = new java.util.HashMap<>();
        for (Unit u : units) {
            if (u.role == Role.CLOSING_SECTION) {
                closings.merge(leadWords(u.text), 1, Integer::sum);
            }
        }
        for (Unit u : units) {
            if (u.role == Role.CLOSING_SECTION && closings.get(leadWords(u.text)) >= RECURRING_CLOSINGS
                    && Whitespace.wordCount(u.text) > 2 && !COMMENT_WORD.matcher(u.text).find()
                    && !DISCLAIMER.matcher(u.text).lookingAt()) {
                u.role = Role.FURNITURE;
            }
        }
        // "Website", "Submit" of a form that asks for no comment: a newsletter or lead form set inside
        // the article, not the comment form that closes it
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.role == Role.CLOSING_SECTION && Boilerplate.classify(u.text) == Boilerplate.Kind.COMMENT_FORM
                    && !asksForComment(units, i)) {
                u.role = Role.FURNITURE;
            }
        }
        // a "Related" box set between two paragraphs of the article: the reader reads on below it
        for (int i = 1; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.role != Role.CLOSING_SECTION || !INLINE_RELATED.matcher(u.text).matches()
                    || units.get(i - 1).role != Role.PROSE) {
                continue;
            }
            for (int j = i + 1; j < units.size() && j <= i + INLINE_BOX_LINES; j++) {
                Unit next = units.get(j);
                if (next.role == Role.CLOSING_SECTION || next.role == Role.BYLINE || next.role == Role.DATE
                        || next.role == Role.AUTHOR_BOX) {
                    break; // a byline or date below the box heads another text: the author's box, a post
                }
                if (next.role == Role.PROSE && Whitespace.wordCount(next.text) >= FULL_PARAGRAPH_WORDS * 3 / 2) {
                    u.role = Role.INLINE_SECTION;
                    break;
                }
            }
        }
        int signatures = 0;
        for (int i = 1; i < units.size(); i++) {
            if (units.get(i).role == Role.SHORT && SIGNATURE.matcher(units.get(i).text).matches()
                    && units.get(i - 1).role == Role.PROSE) {
                signatures++;
            }
        }
        if (signatures >= SIGNED_QUOTES) {
            // quotes signed by their readers: testimonials, not the article
            for (int i = 1; i < units.size(); i++) {
                Unit u = units.get(i);
                if (u.role == Role.SHORT && SIGNATURE.matcher(u.text).matches()
                        && (units.get(i - 1).role == Role.PROSE || units.get(i - 1).role == Role.SHORT)) {
                    units.get(i - 1).role = Role.TESTIMONIAL;
                    u.role = Role.FURNITURE;
                }
            }
        }
        boolean afterSection = false;
        for (Unit u : units) {
            if (u.role == Role.CLOSING_SECTION || u.role == Role.INLINE_SECTION) {
                afterSection = true;
            } else if (afterSection && (u.role == Role.SHORT || u.role == Role.LIST_ITEM)) {
                u.role = Role.RELATED;
            } else if (u.role != Role.FURNITURE && u.role != Role.DATE) {
                afterSection = false;
            }
        }
    }

    private static Role roleOf(String text) {
        int words = Whitespace.wordCount(text);
        if (words <= 25 && INLINE_READ_ALSO.matcher(text).matches()) {
            return Role.FURNITURE;
        }
        if (words <= 25 && ARTICLE_END.matcher(text).matches()) {
            return Role.CLOSING_SECTION;
        }
        if (words <= 150 && DISCLAIMER.matcher(text).lookingAt()) {
            return Role.CLOSING_SECTION;
        }
        if (words <= 80 && FORM_CONSENT.matcher(text).lookingAt()) {
            return Role.FURNITURE;
        }
        if (words <= MAX_HEADING_WORDS && SHOP_BUTTON.matcher(text).matches()) {
            return Role.FURNITURE;
        }
        if (words <= 8 && CALL_TO_ACTION.matcher(text).matches() || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Role.FURNITURE;
        }
        Boilerplate.Kind kind = Boilerplate.classify(text);
        if (kind == Boilerplate.Kind.SECTION_HEADER) {
            return INLINE_SECTION.matcher(text).matches() ? Role.INLINE_SECTION : Role.CLOSING_SECTION;
        }
        if (kind == Boilerplate.Kind.COMMENT_FORM) {
            return Role.CLOSING_SECTION;
        }
        if (kind != Boilerplate.Kind.NONE) {
            return Role.FURNITURE;
        }
        if (Boilerplate.isByline(text)) {
            return Role.BYLINE;
        }
        if (PublicationDates.isDateLine(text)) {
            return Role.DATE;
        }
        if (words <= 10 && Boilerplate.hasUrl(text)) {
            // "Website: https://…" is a fact of a listicle's entry; "Name https://…" is an author's box
            // and a line of code that names an address is neither
            return FIELD_LABEL.matcher(text).lookingAt() || CODE_MARK.matcher(text).find() ? Role.SHORT : Role.AUTHOR_BOX;
        }
        if (startsWithListMarker(text) && words >= 1) {
            return Role.LIST_ITEM;
        }
        if (words >= MENU_LINE_WORDS && isMenuLine(text)) {
            return Role.SHORT;
        }
        boolean sentence = endsTerminal(text) && !text.endsWith(":");
        if (words >= 12 && (sentence || words >= 20) || words >= 6 && sentence) {
            return Role.PROSE;
        }
        return Role.SHORT;
    }

    /**
     * A menu copied as one line: capitalised entries one after another, without a sentence's commas or
     * full stops ("Overview Next Full Moon Moon Phase Calendar Monthly Moon Guide").
     */
    private static boolean isMenuLine(String text) {
        int capitalised = 0;
        int words = 0;
        for (String w : text.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            char last = w.charAt(w.length() - 1);
            if (last == ',' || last == '.' || last == ';' || last == '!' || last == '?') {
                return false;
            }
            words++;
            if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 10 >= words * 8;
    }

    /** {@code LIST_MARKER.matcher(text).find()}: the marker is anchored at the start, so only the start is tried. */
    static boolean startsWithListMarker(CharSequence text) {
        return LIST_MARKER.matcher(text).lookingAt();
    }

    /**
     * {@code TERMINAL.matcher(text).find()}: the mark is anchored at the end ({@code $} also
     * allows one final line terminator, two characters at most), so only the last three
     * characters are tried instead of every position of a long paragraph.
     */
    static boolean endsTerminal(CharSequence text) {
        return TERMINAL.matcher(text).region(Math.max(0, text.length() - 3), text.length()).find();
    }

    /** Whether the prose after an author box describes the author or the site rather than the news. */
    private static boolean isBlurb(String text, List<Unit> units, int index) {
        if (Whitespace.wordCount(text) > 80) {
            return false;
        }
        if (BLURB_CUE.matcher(text).find()) {
            return true;
        }
        String squashed = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
            Unit box = units.get(i);
            if (box.role != Role.AUTHOR_BOX && box.role != Role.BYLINE) {
                break;
            }
            for (String token : box.text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (token.length() >= 5 && !token.equals("https") && !token.equals("http")
                        && squashed.contains(token.replaceFirst("^(www)", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a form's field or button has a comment prompt among the lines around it. */
    private static boolean asksForComment(List<Unit> units, int index) {
        for (int i = Math.max(0, index - FORM_LINES); i < units.size() && i <= index + 2; i++) {
            String text = units.get(i).text;
            if (Whitespace.wordCount(text) <= 20 && COMMENT_WORD.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph opens with the name and a verb: "Karina Cohen is the owner of …". */
    private static boolean opensWithVerb(String paragraph, String name) {
        return paragraph.startsWith(name + " ")
                && BIO_VERB.matcher(paragraph).region(name.length() + 1, paragraph.length()).lookingAt();
    }

    /** A stretch of units that reads as continuous prose, and how many prose words it holds. */
    private record Run(int start, int end, int words) {
    }

    /**
     * The article: the chain of runs of prose with the most words, runs being chained when only
     * headings, lists, pictures' captions and inline furniture separate them (a reader reads on across
     * them); a closing section (comments, "more articles"), a footer or a long stretch of other lines
     * ends a chain.
     */
    private static int[] mainRegion(List<Unit> units) {
        int thread = commentThreadStart(units);
        if (thread < units.size()) {
            units.get(thread).role = Role.CLOSING_SECTION;
        }
        List<Run> runs = new ArrayList<>(runs(units));
        runs.removeIf(r -> r.start() > thread);
        if (runs.isEmpty()) {
            return new int[] {-1, -1};
        }
        int bestFirst = 0;
        int bestLast = 0;
        int bestWords = Integer.MIN_VALUE;
        int first = 0;
        int words = 0;
        boolean itemised = false;
        boolean[] teasersFrom = new boolean[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            int gap = i == 0 ? -1 : gapCost(units, runs.get(i - 1), runs.get(i));
            int dates = i == 0 ? 0 : datesBetween(units, runs.get(i - 1), runs.get(i));
            boolean late = words >= ARTICLE_WORDS;
            if (gap >= 0 && dates > 0 && !itemised && late) {
                // dated items under a whole article are other pages' teasers, not more of it
                gap += dates * LATE_DATE_COST;
                teasersFrom[i] = true;
            }
            if (gap >= 0 && dates > 0 && !late && runs.get(i).words() >= HEAD_FACTOR * words) {
                // a date over a run that outweighs all above it: the head of the article, and what is
                // above the date is the page's menu or a teaser of the same text
                gap = -1;
            }
            if (gap >= 0 && words - gap > 0) {
                itemised |= dates > 0 && !late;
                words += runs.get(i).words() - gap;
            } else {
                first = i;
                words = runs.get(i).words();
                itemised = false;
            }
            if (words > bestWords) {
                bestWords = words;
                bestFirst = first;
                bestLast = i;
            }
        }
        int end = runs.get(bestLast).end();
        if (bestLast + 1 < runs.size() && teasersFrom[bestLast + 1]) {
            end = withoutFirstTeaser(units, runs.get(bestFirst).start(), end);
        }
        // the notes on two or three authors, one under the other
        for (int above = withoutClosingBio(units, runs.get(bestFirst).start(), end); above < end;
                above = withoutClosingBio(units, runs.get(bestFirst).start(), end)) {
            end = above;
        }
        return new int[] {runs.get(bestFirst).start(), end};
    }

    /**
     * The article's end without the author's note under it: a name on its own line followed by a
     * paragraph about that person ("Karina Cohen", "Karina Cohen is the owner of …") in the last lines.
     */
    private static int withoutClosingBio(List<Unit> units, int start, int end) {
        int kept = 0;
        for (int i = end - 1; i > start && kept < BIO_LINES; i--) {
            Unit u = units.get(i);
            if (u.role == Role.FURNITURE) {
                continue;
            }
            kept++;
            Unit next = units.get(i + 1);
            if (u.role != Role.SHORT || next.role != Role.PROSE || !PERSON_NAME.matcher(u.text).matches()) {
                continue;
            }
            String[] name = u.text.split("\\s+");
            boolean named = opensWithVerb(next.text, u.text) || opensWithVerb(next.text, name[0])
                    || opensWithVerb(next.text, name[name.length - 1]);
            if (named && PERSONAL.matcher(next.text).find()) {
                int last = i - 1;
                while (last > start && units.get(last).role != Role.PROSE && units.get(last).role != Role.LIST_ITEM) {
                    last--;
                }
                return last;
            }
        }
        return end;
    }

    /**
     * The article's end when dated teasers follow it: a title and one short paragraph right above the
     * first date are the first teaser ("Title", "Blurb", "Mar 3, 2026"), not the article's close.
     */
    private static int withoutFirstTeaser(List<Unit> units, int start, int end) {
        Role after = end + 1 < units.size() ? units.get(end + 1).role : null;
        if (end - 2 <= start || after != Role.DATE && after != Role.BYLINE) {
            return end;
        }
        Unit blurb = units.get(end);
        Unit title = units.get(end - 1);
        boolean titled = (title.role == Role.SHORT || title.role == Role.PROSE)
                && Whitespace.wordCount(title.text) <= MAX_HEADING_WORDS && !title.text.endsWith(".");
        if (blurb.role != Role.PROSE || Whitespace.wordCount(blurb.text) > TEASER_WORDS || !titled) {
            return end;
        }
        int last = end - 2;
        while (last > start && units.get(last).role != Role.PROSE && units.get(last).role != Role.LIST_ITEM) {
            last--;
        }
        return last;
    }

    /**
     * Where the readers' comments begin: the first comment header or comment form after some prose.
     * Nothing after it is the article, however long the thread (a count of comments above the
     * article, next to the byline, opens nothing).
     */
    private static int commentThreadStart(List<Unit> units) {
        int[] headsFrom = new int[units.size() + 1];
        for (int i = units.size() - 1; i >= 0; i--) {
            headsFrom[i] = headsFrom[i + 1] + (isCommentHead(units, i) ? 1 : 0);
        }
        int words = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (words >= THREAD_AFTER_WORDS && isCommentHead(units, i) && headsFrom[i] >= SIGNED_COMMENTS) {
                return i - 1;
            }
            if (u.role == Role.PROSE) {
                words += Whitespace.wordCount(u.text);
            } else if (words >= (COMMENT_COUNT.matcher(u.text).matches() ? COUNT_AFTER_WORDS : THREAD_AFTER_WORDS)
                    && Whitespace.wordCount(u.text) <= 20
                    && (COMMENT_THREAD.matcher(u.text).matches()
                    || COMMENT_WORD.matcher(u.text).find()
                    && Boilerplate.classify(u.text) == Boilerplate.Kind.COMMENT_FORM)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A date with a time of day under a short name line: the head of a reader's comment. */
    private static boolean isCommentHead(List<Unit> units, int i) {
        Unit u = units.get(i);
        if (i == 0 || u.role != Role.DATE || !CLOCK.matcher(u.text).find()) {
            return false;
        }
        Unit name = units.get(i - 1);
        return (name.role == Role.SHORT || name.role == Role.BYLINE) && Whitespace.wordCount(name.text) <= 4;
    }

    /**
     * What it costs a reader to go on from one run to the next, in words of prose: nothing for inline
     * furniture, a little for every other line between them (a menu or a list of names costs more than
     * a short paragraph before it is worth); -1 when something between them ends the article.
     */
    private static int gapCost(List<Unit> units, Run before, Run after) {
        if (after.start() - before.end() - 1 > MAX_BRIDGED_LINES) {
            return -1;
        }
        int cost = 0;
        for (int i = before.end() + 1; i < after.start(); i++) {
            Unit u = units.get(i);
            if (u.role == Role.CLOSING_SECTION || u.role == Role.BLURB || u.role == Role.AUTHOR_BOX
                    || u.role == Role.FURNITURE && Boilerplate.classify(u.text) == Boilerplate.Kind.FOOTER) {
                return -1;
            }
            if (u.role == Role.DATE || u.role == Role.BYLINE) {
                cost += DATE_COST;
            } else if (u.role != Role.FURNITURE && u.role != Role.INLINE_SECTION) {
                // a list of facts or checklist items is read across; a menu is not
                cost += Whitespace.wordCount(u.text) <= MENU_ENTRY_WORDS ? GAP_LINE_COST : 0;
            }
        }
        return cost;
    }

    /** Dates and bylines between two runs: each opens another item. */
    private static int datesBetween(List<Unit> units, Run before, Run after) {
        int dates = 0;
        for (int i = before.end() + 1; i < after.start(); i++) {
            Role role = units.get(i).role;
            if (role == Role.DATE || role == Role.BYLINE) {
                dates++;
            }
        }
        return dates;
    }

    /** What a paragraph adds to the article's weight: its words, fewer for a short one. */
    private static int weight(String text) {
        int words = Whitespace.wordCount(text);
        return words >= FULL_PARAGRAPH_WORDS ? words : words * words / FULL_PARAGRAPH_WORDS;
    }

    /** Runs of prose, each broken by a closing section or several non-prose lines. */
    private static List<Run> runs(List<Unit> units) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        int lastProse = -1;
        int words = 0;
        int prose = 0;
        int streak = 0;
        for (int i = 0; i <= units.size(); i++) {
            Unit u = i < units.size() ? units.get(i) : null;
            // a date under the article's first paragraphs is the head of another item (a teaser, a post)
            boolean breaks = u == null || u.role == Role.CLOSING_SECTION || u.role == Role.BLURB
                    || (u.role == Role.DATE || u.role == Role.BYLINE) && words > 0;
            if (!breaks && (u.role == Role.PROSE || u.role == Role.LIST_ITEM && start >= 0)) {
                if (start < 0) {
                    start = i;
                }
                if (u.role == Role.PROSE) {
                    words += weight(u.text);
                    prose++;
                }
                lastProse = i;
                streak = 0;
                continue;
            }
            if (!breaks && start >= 0) {
                boolean neutral = u.role == Role.FURNITURE || u.role == Role.INLINE_SECTION
                        || u.role == Role.RELATED && units.get(i - 1).role == Role.INLINE_SECTION;
                if (!neutral) {
                    streak++;
                }
                if (streak < BREAKING_STREAK && (u.role != Role.SHORT
                        || Whitespace.wordCount(u.text) <= MAX_HEADING_WORDS)) {
                    continue;
                }
            }
            if (start >= 0 && prose > 0) {
                runs.add(new Run(start, lastProse, words));
            }
            start = -1;
            words = 0;
            prose = 0;
            streak = 0;
        }
        return runs;
    }

    /**
     * The article's headline among the short lines above its first paragraph: the one that shares the
     * most words with the opening paragraphs, stands over the date or byline, and is near; captions,
     * buttons and menu entries share little with the lead. The nearest title-like line when none does.
     */
    private static String headline(List<Unit> units, int start) {
        java.util.Set<String> lead = new java.util.HashSet<>();
        int seen = 0;
        for (int i = start; i < units.size() && seen < LEAD_UNITS; i++) {
            if (units.get(i).role == Role.PROSE) {
                lead.addAll(contentWords(units.get(i).text));
                seen++;
            }
        }
        String nearest = null;
        String best = null;
        double bestScore = 0;
        boolean metadataBelow = false;
        for (int i = start - 1; i >= 0 && i >= start - HEADLINE_WINDOW; i--) {
            Unit u = units.get(i);
            if (u.role == Role.DATE || u.role == Role.BYLINE) {
                metadataBelow = true;
            }
            if (u.role != Role.SHORT || !isTitleLike(u.text)) {
                continue;
            }
            if (nearest == null) {
                nearest = u.text;
            }
            List<String> words = contentWords(u.text);
            if (words.isEmpty()) {
                continue;
            }
            int shared = 0;
            for (String w : words) {
                if (lead.contains(w)) {
                    shared++;
                }
            }
            double score = (double) shared / words.size() + (metadataBelow ? 0.3 : 0) - (start - i) * 0.005;
            if (shared > 0 && score > bestScore) {
                bestScore = score;
                best = u.text;
            }
        }
        return best != null ? best : nearest;
    }

    /**
     * The date printed nearest above the article, in its head: a date line, or a short "Published …",
     * "Posted on …", "Updated …" or "By … Mar 5, 2025" line (not body text, but the date is the article's).
     */
    private static String dateOverArticle(List<Unit> units, int start) {
        for (int i = start - 1; i >= 0 && i >= start - HEADLINE_WINDOW; i--) {
            Unit u = units.get(i);
            if (u.role == Role.CLOSING_SECTION) {
                break;
            }
            boolean shortLine = (u.role == Role.FURNITURE || u.role == Role.SHORT)
                    && Whitespace.wordCount(u.text) <= DATED_LINE_WORDS;
            if (u.role == Role.DATE || u.role == Role.BYLINE || shortLine) {
                String date = PublicationDates.findIn(u.text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Lowercased words of four letters or more, with a crude stem: what a headline and its lead share. */
    private static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }

    private static boolean isTitleLike(String text) {
        int words = Whitespace.wordCount(text);
        return words >= 3 && words <= 30 && !text.endsWith(".");
    }
}
