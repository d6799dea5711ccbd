package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a web page. Page furniture (navigation, sidebars, comments, share bars,
 * related lists) is pruned by tag and by class/id hints; the remaining paragraphs are scored by
 * text length, commas and link density, and their scores flow to the containers that hold them;
 * the best container and its related siblings give the body. Structured data (JSON-LD
 * {@code articleBody}) stands in when the page's markup yields too little.
 *
 * <p>Every walk over the tree is iterative: pages nested thousands of levels deep are handled.
 */
public final class HtmlArticleReader {
    private static final Set<String> ALWAYS_REMOVED = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "select", "option", "input", "textarea", "link",
            "meta", "head", "map", "audio", "video", "picture", "source", "dialog", "math");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot",
            "tr", "td", "th", "figure", "figcaption", "header", "footer", "aside", "nav", "form", "fieldset",
            "address", "hr", "center", "details", "summary", "body", "caption", "hgroup", "menu", "dialog");
    private static final Set<String> SCORED_LEAF_TAGS = Set.of("p", "pre", "td", "div", "section", "article",
            "blockquote", "dd", "center", "font", "span");
    // Strong hints: these containers are never the article, whatever else their class says.
    // Strong hints: these containers are never the article, whatever else their class says. The first
    // group is distinctive anywhere in a class name; the second only at the start of a name part, since
    // "pager" hides in "apageroot" and "share" in "shareholders".
    private static final Pattern STRONG_NEGATIVE = Pattern.compile("comment(?!ary)|disqus|sidebar|related|outbrain|taboola"
            + "|newsletter|cookie|dsgvo|rgpd|breadcrumb|recommend"
            + "|(?:^|[\\s_\\-])(?:share|sharing|social|consent|gdpr|popular|most-?read|trending|subscri|promo|sponsor"
            + "|advert|banner|popup|modal|footer|masthead|navbar|navigation|author-?bio|about-?author|read-?more"
            + "|readmore|more-?news|more-?articles|also-?read|tag-?list|taglist|tags-?list|pagination|pager|rating"
            + "|print-?only|skip-?link|jump-?link|author-?box|author-?info|post-?author|disclaimer|disclosure|app-?stores?"
            + "|print-?button)");
    private static final Pattern WEAK_NEGATIVE = Pattern.compile("(?:^|[\\s_\\-])(?:ad|ads|nav|menu|tags?|extra"
            + "|rss|login|signup|meta|tools?|toolbar|supplemental|remark|replies"
            + "|shoutbox|skyscraper|combx|community|hidden|hide|aside|overlay|byline|author|date|dateline|infobox"
            + "|photo-?credit)(?:$|[\\s_\\-\\d])");
    // Class names that mark the article container itself (WordPress, schema.org, common CMS themes).
    private static final Pattern ARTICLE_MARKER = Pattern.compile("(?:^|\\s)(hentry|type-post|entry-content"
            + "|article-?body|article__body|post-content|post-body|story-body|article-content|articlebody"
            + "|article-text|news-text|text-article)(?:$|\\s)");
    // "no-share", "without-comments": a negated hint says nothing about the element.
    private static final Pattern NEGATED_HINT = Pattern.compile("(?:^|[\\s_\\-])(?:no|without|hide|disable[d]?|has|with)"
            + "[_\\-]?(?:share|sharing|comments?|sidebar|related|social|ads?|promo|banner)\\b");
    // Embedded posts of social networks and their consent placeholders.
    private static final Pattern EMBED = Pattern.compile("fb-post"
            + "|embed-privacy|privacy-embed|social-embed");
    // Image captions and credits: short texts about a picture, not part of the running text.
    private static final Pattern CAPTION = Pattern.compile("caption|(?:^|[\\s_\\-])(?:credits?|legend|copyright"
            + "|img-?meta(?:data)?|image-?meta(?:data)?|photo-?meta|bildunterschrift|bildnachweis|bu)(?:$|[\\s_\\-])");
    private static final Pattern LEAD = Pattern.compile("(?:^|[\\s_\\-])(?:lead|intro|teaser|excerpt|standfirst"
            + "|summary|chapo|chapeau|perex|sub-?title|sub-?headline|abstract|deck|dek|description|epigraph|vorspann"
            + "|bajada|entradilla|lede)");
    // The site's header, not an article's or a recipe's header ("intro-header", "article-header") holding its lead.
    private static final Pattern SITE_HEADER = Pattern.compile("(?:^|\\s)(?:(?:site|global|main|top|page)[-_]?)?"
            + "header(?:[-_](?:top|wrap|wrapper|container|inner|bar|main|nav|area))?(?:$|\\s)");
    private static final Pattern RESPONSIVE = Pattern.compile("(?:hidden|visible|hide|show)-(?:xs|sm|md|lg|xl|xxl"
            + "|mobile|phone|tablet|desktop|print|small|medium|large)(?:-[a-z]+)?");
    private static final Pattern TEASER = Pattern.compile("(?:^|[\\s_\\-])(?:teaser|linkbox|link-box|intext-?links"
            + "|inline-?(?:teaser|box|related|links?)|callout|read-?also|see-?also|lee-?tambien|lire-?aussi"
            + "|mehr-?zum-?thema|weiterlesen|czytaj-?(?:tez|takze))");
    private static final Pattern BEM_MODIFIER = Pattern.compile("(?<=[a-z0-9])--[a-z0-9\\-]+");
    private static final Pattern MAYBE_CONTENT = Pattern.compile("and|article|body|column|content|main|shadow"
            + "|story|entry|text|post");
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page"
            + "|post|text|blog|story|news-?item|material|detail");
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
            + "|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll"
            + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|nav|menu");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。؟»”\"]\\s*$|\\.( |$)");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int SMALL_WINNER_CHARS = 1000;
    private static final Set<String> SANDWICHED_TAGS = Set.of("ul", "ol", "dl", "blockquote", "h2", "h3", "h4",
            "h5", "h6", "table", "pre");

    private HtmlArticleReader() {
    }

    /** Reads a whole page: metadata, title and body blocks. */
    public static ArticleDraft read(String html, List<String> warnings) {
        Document doc = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.of(doc);
        List<String> h1s = new ArrayList<>();
        for (Element h1 : doc.select("h1")) {
            String t = Whitespace.normalise(h1.text());
            if (!t.isEmpty()) {
                h1s.add(t);
            }
        }
        String title = chooseTitle(meta, h1s);
        Element body = doc.body();
        List<Block> blocks = body == null ? List.of() : mainText(body, title);
        int domChars = textChars(blocks);
        String structured = meta.structuredBody();
        if (structured != null) {
            List<Block> fromData = MarkdownReader.paragraphs(structured.contains("<")
                    ? Jsoup.parse(structured).wholeText() : structured);
            int dataChars = textChars(fromData);
            // Structured data often holds a teaser only; trust it when the markup gave much less.
            if (dataChars > 400 && dataChars > domChars * 1.5) {
                blocks = fromData;
            }
        }
        String published = meta.publishedAt();
        if (published == null && body != null) {
            String top = body.text();
            published = PublicationDates.findIn(top.substring(0, Math.min(top.length(), 3000)));
        }
        return new ArticleDraft(title, meta.byline(), published, meta.siteName(), meta.url(),
                meta.declaredLanguage(), null, blocks, warnings);
    }

    /** Blocks of an HTML fragment that is the article itself (e.g. an envelope body): no page furniture search. */
    public static List<Block> blocksOfFragment(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Map<Element, Stats> stats = computeStats(doc.body());
        prune(doc.body(), stats);
        return collectBlocks(List.of(doc.body()), computeStats(doc.body()), null);
    }

    static String chooseTitle(PageMetadata meta, List<String> h1s) {
        String headline = meta.headline();
        String pageTitle = meta.title();
        for (String h1 : h1s) {
            String lower = h1.toLowerCase(Locale.ROOT);
            if (Whitespace.wordCount(h1) >= 2
                    && ((headline != null && headline.toLowerCase(Locale.ROOT).contains(lower))
                    || (pageTitle != null && pageTitle.toLowerCase(Locale.ROOT).contains(lower)))) {
                return h1;
            }
        }
        if (headline != null) {
            return cleanTitle(headline);
        }
        if (h1s.size() == 1) {
            return h1s.get(0);
        }
        return pageTitle == null ? null : cleanTitle(pageTitle);
    }

    /** Drops the site name sites append to page titles ("Headline | Site"). */
    static String cleanTitle(String title) {
        String[] parts = title.split("\\s+(?:\\||-|–|—|::|·|»|/)\\s+");
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return Whitespace.wordCount(longest) >= 3 ? longest.strip() : title;
    }

    private static List<Block> mainText(Element body, String title) {
        Map<Element, Stats> stats = computeStats(body);
        prune(body, stats);
        stats = computeStats(body);
        Element top = topCandidate(body, stats);
        if (top == null) {
            return collectBlocks(List.of(body), stats, title);
        }
        top = sameSpotInHeadlinedEntry(top, body, title);
        top = markedBodyAround(top, body, stats);
        List<Element> roots = withSiblings(top, stats);
        List<Block> chosen = collectBlocks(roots, stats, title);
        int chosenChars = textChars(chosen);
        if (chosenChars < SMALL_WINNER_CHARS) {
            // A small winner on a page with much more prose usually means the article was split across
            // containers the scoring could not join: take every prose block of the cleaned page instead.
            List<Block> everything = collectBlocks(List.of(body), stats, title);
            if (chosenChars * 3 < proseChars(everything)) {
                return proseOnly(everything);
            }
        }
        List<Block> lead = leadBlocks(body, roots, stats, title);
        if (lead.isEmpty()) {
            return chosen;
        }
        List<Block> withLead = new ArrayList<>(lead);
        withLead.addAll(chosen);
        return withLead;
    }

    /**
     * Page builders cut an article into many small text widgets, and the best-scoring one holds only a
     * part of it. When the element the CMS marks as the article body ("entry-content", itemprop
     * articleBody) holds clearly more prose around it and is not a link list, that element is the article.
     */
    private static Element markedBodyAround(Element top, Element body, Map<Element, Stats> stats) {
        Stats ts = stats.get(top);
        if (ts == null) {
            return top;
        }
        int articles = -1;
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            boolean marked = a.attr("itemprop").equalsIgnoreCase("articleBody")
                    || ARTICLE_MARKER.matcher(hints(a)).find();
            if (!marked && a.nameIs("article")) {
                if (articles < 0) {
                    articles = body.getElementsByTag("article").size();
                }
                marked = articles == 1; // the page's only <article>
            }
            if (!marked) {
                continue;
            }
            Stats as = stats.get(a);
            if (as != null && as.linkDensity() < 0.3 && (as.text - as.link) * 10 >= (ts.text - ts.link) * 13) {
                return a;
            }
            return top;
        }
        return top;
    }

    /**
     * Pages that load the next articles as the reader scrolls repeat one entry block per article. When
     * the best-scoring block is not the one whose heading is the page's headline, the same spot in the
     * headlined entry is the article.
     */
    private static Element sameSpotInHeadlinedEntry(Element top, Element body, String title) {
        if (title == null) {
            return top;
        }
        Element entry = null;
        for (Element a = top; a != null && a != body; a = a.parent()) {
            if (a.nameIs("article")) {
                entry = a;
                break;
            }
        }
        if (entry == null || entry.parent() == null) {
            return top;
        }
        Element headline = null;
        for (Element h : body.select("h1, h2")) {
            if (Whitespace.normalise(h.text()).equalsIgnoreCase(title)) {
                headline = h;
                break;
            }
        }
        if (headline == null) {
            return top;
        }
        Element headlined = null;
        for (Element a = headline; a != null && a != body; a = a.parent()) {
            if (a == entry) {
                return top; // the best block is in the headlined entry
            }
            if (a.parent() == entry.parent() && a.nameIs("article") && a.className().equals(entry.className())) {
                headlined = a;
            }
        }
        if (headlined == null) {
            return top;
        }
        List<Integer> path = new ArrayList<>();
        for (Element a = top; a != entry; a = a.parent()) {
            path.add(a.elementSiblingIndex());
        }
        Element spot = headlined;
        for (int i = path.size() - 1; i >= 0; i--) {
            int index = path.get(i);
            if (index >= spot.childrenSize()) {
                return top;
            }
            spot = spot.child(index);
        }
        return spot.nameIs(top.normalName()) && !spot.text().isBlank() ? spot : top;
    }

    /**
     * The standfirst of an article sits between its headline and its body, often outside the body's
     * container: elements marked as lead/intro/teaser there are the article's first paragraphs.
     */
    private static List<Block> leadBlocks(Element body, List<Element> roots, Map<Element, Stats> stats,
            String title) {
        Element h1 = null;
        for (Element e : body.getElementsByTag("h1")) {
            if (h1 == null || title != null && Whitespace.normalise(e.text()).equalsIgnoreCase(title)) {
                h1 = e;
                if (title != null && Whitespace.normalise(e.text()).equalsIgnoreCase(title)) {
                    break;
                }
            }
        }
        if (roots.isEmpty()) {
            return List.of();
        }
        if (h1 == null) {
            return leadBlocks(nearbyLeads(roots.get(0), stats), stats, title);
        }
        Map<Element, Boolean> rootSet = new IdentityHashMap<>();
        for (Element r : roots) {
            rootSet.put(r, Boolean.TRUE);
        }
        for (Element a = h1; a != null; a = a.parent()) {
            if (rootSet.containsKey(a)) {
                return List.of(); // the headline is inside the body: so is its lead
            }
        }
        Element headline = h1;
        List<Element> leads = new ArrayList<>();
        boolean[] state = new boolean[2]; // [0]: past the headline, [1]: reached the body
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (rootSet.containsKey(e)) {
                    state[1] = true;
                    return FilterResult.STOP;
                }
                if (e == headline) {
                    state[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!state[0]) {
                    return FilterResult.CONTINUE;
                }
                Stats s = stats.get(e);
                if (s == null || s.text == 0) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isLead(e, s)) {
                    leads.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        if (!state[1]) {
            // The headline comes after the body's start: look next to the body instead.
            return leadBlocks(nearbyLeads(roots.get(0), stats), stats, title);
        }
        return leadBlocks(leads, stats, title);
    }

    private static List<Block> leadBlocks(List<Element> leads, Map<Element, Stats> stats, String title) {
        if (leads.isEmpty() || leads.size() > 2) {
            return List.of();
        }
        // A lead, not a teaser list; a subheadline-styled lead is still a paragraph.
        List<Block> out = new ArrayList<>();
        for (Block b : collectBlocks(leads, stats, title, false)) {
            out.add(b.type() == BlockType.HEADING ? new Block(BlockType.PARAGRAPH, b.text()) : b);
        }
        return textChars(out) <= 1500 ? out : List.of();
    }

    /** Lead-marked elements just before the body: in its preceding siblings or those of its near ancestors. */
    private static List<Element> nearbyLeads(Element first, Map<Element, Stats> stats) {
        Element level = first;
        for (int up = 0; up < 3 && level != null && !level.nameIs("body"); up++, level = level.parent()) {
            int seen = 0;
            for (Element sib = level.previousElementSibling(); sib != null && seen < 4;
                    sib = sib.previousElementSibling(), seen++) {
                Stats ss = stats.get(sib);
                if (ss == null || ss.text == 0) {
                    continue;
                }
                if (ss.text > 3000) {
                    return List.of();
                }
                for (Element e : sib.getAllElements()) {
                    Stats s = stats.get(e);
                    if (s != null && isLead(e, s)) {
                        return List.of(e);
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean isLead(Element e, Stats s) {
        return s.text >= 40 && s.text <= 1500 && s.linkDensity() < 0.3 && !s.holdsMain
                && LEAD.matcher(hints(e)).find();
    }

    /** Per-element text figures, computed bottom-up in one pass. */
    static final class Stats {
        int text;
        int link;
        int ownText;
        boolean blockInside;
        /** The element is or holds the page's {@code <main>} or its schema.org articleBody. */
        boolean holdsMain;
        double score;
        boolean scored;

        double linkDensity() {
            return text == 0 ? 0 : (double) link / text;
        }
    }

    static Map<Element, Stats> computeStats(Element root) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new Stats());
                } else if (node instanceof TextNode t && t.parent() instanceof Element p) {
                    int n = visibleChars(t.getWholeText());
                    Stats ps = stats.get(p);
                    if (ps != null) {
                        ps.text += n;
                        ps.ownText += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Stats s = stats.get(e);
                if (e.nameIs("a")) {
                    s.link = s.text;
                }
                if (e.nameIs("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    s.holdsMain = true;
                }
                if (e != root && e.parent() != null) {
                    Stats ps = stats.get(e.parent());
                    if (ps != null) {
                        ps.text += s.text;
                        ps.link += s.link;
                        if (s.blockInside || BLOCK_TAGS.contains(e.normalName())) {
                            ps.blockInside = true;
                        }
                        ps.holdsMain |= s.holdsMain;
                    }
                }
            }
        }, root);
        return stats;
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                n++;
            }
        }
        return n;
    }

    private static void prune(Element root, Map<Element, Stats> stats) {
        Stats rootStats = stats.get(root);
        int rootProse = rootStats == null ? 0 : rootStats.text - rootStats.link;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                if (isFurniture(e, stats.get(e), rootProse)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean isFurniture(Element e, Stats s, int rootProse) {
        String tag = e.normalName();
        // Whatever its class says, an element holding most of the page's prose is not furniture; that
        // includes a <noscript> holding the whole article of a page that renders it with scripts.
        boolean holdsMostProse = s != null && rootProse > 0 && (s.text - s.link) * 2 >= rootProse;
        if (ALWAYS_REMOVED.contains(tag)) {
            return !(tag.equals("noscript") && holdsMostProse && s.text >= 500);
        }
        if (holdsMostProse) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag) || tag.equals("figcaption") && s != null && s.text < 300) {
            return true;
        }
        if (e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()
                || "true".equals(e.attr("aria-hidden")) && s != null && s.text < 200) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("menu") || role.equals("dialog") || role.equals("alert")) {
            return true;
        }
        if (tag.equals("form") && !e.select("textarea, input[type=text], input[type=email], input:not([type])")
                .isEmpty()) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("a")) {
            return false;
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        String hints = NEGATED_HINT.matcher(hints(e)).replaceAll(" ").strip();
        if (hints.isEmpty() || ARTICLE_MARKER.matcher(hints).find()) {
            return false;
        }
        if (EMBED.matcher(hints).find() || CAPTION.matcher(hints).find() && s != null && s.text < 300) {
            return true;
        }
        // A layout wrapper named after its sidebar ("container sidebar-right") still holds the page's main part.
        if (s != null && s.holdsMain) {
            return false;
        }
        if (STRONG_NEGATIVE.matcher(hints).find()) {
            return !tag.equals("article") || s == null || s.text < 500;
        }
        // A BEM modifier says what a block holds or how it looks ("section--has-ads"), not what it is.
        // Responsive helpers ("hidden-xs") hide a block on some screens only.
        String blocks = RESPONSIVE.matcher(BEM_MODIFIER.matcher(hints).replaceAll("")).replaceAll(" ");
        if (!(WEAK_NEGATIVE.matcher(blocks).find() || SITE_HEADER.matcher(blocks).find())
                || MAYBE_CONTENT.matcher(blocks).find()) {
            return false;
        }
        // A weak hint ("date", "meta", "byline") names short furniture: a block of unlinked prose is not that.
        return s == null || s.text - s.link < 400 || s.linkDensity() > 0.5;
    }

    private static String hints(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT).strip();
    }

    private static int classWeight(Element e) {
        int weight = 0;
        for (String hint : new String[] {e.attr("class").toLowerCase(Locale.ROOT), e.attr("id").toLowerCase(Locale.ROOT)}) {
            if (hint.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(hint).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(hint).find()) {
                weight += 25;
            }
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            weight += 50;
        }
        return weight;
    }

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote", "section", "main" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static Element topCandidate(Element body, Map<Element, Stats> stats) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            Stats s = stats.get(e);
            if (s == null || s.text < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            String text;
            boolean paragraphLike = e.nameIs("p") || e.nameIs("pre")
                    || (!s.blockInside && SCORED_LEAF_TAGS.contains(e.normalName()));
            if (paragraphLike) {
                if (e.nameIs("span") || e.nameIs("font")) {
                    Element parent = e.parent();
                    if (parent != null && !stats.get(parent).blockInside) {
                        continue; // the enclosing leaf block is scored instead
                    }
                }
                text = e.text();
            } else if (s.blockInside && s.ownText >= 50 && !e.nameIs("body")) {
                text = e.ownText();
            } else {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = paragraphLike ? e.parent() : e;
            for (int level = 0; ancestor != null && level < 5; level++) {
                Stats as = stats.get(ancestor);
                if (as == null) {
                    break;
                }
                if (!as.scored) {
                    as.scored = true;
                    as.score = tagWeight(ancestor) + classWeight(ancestor);
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                as.score += score / divider;
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score = s.score * (1 - s.linkDensity());
        }
        candidates.sort(Comparator.comparingDouble((Element c) -> stats.get(c).score).reversed());
        Element top = candidates.get(0);
        double topScore = stats.get(top).score;
        if (topScore <= 0) {
            return null;
        }
        top = commonAncestorOfAlternatives(top, candidates, stats, body);
        // Climb while the parent scores close to the candidate: the article is often split in sub-containers.
        Element parent = top.parent();
        double lastScore = stats.get(top).score;
        double threshold = lastScore / 3;
        while (parent != null && parent != body) {
            Stats ps = stats.get(parent);
            if (ps == null || !ps.scored) {
                parent = parent.parent();
                continue;
            }
            if (ps.score < threshold) {
                break;
            }
            if (ps.score > lastScore) {
                top = parent;
                break;
            }
            lastScore = ps.score;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** When several strong candidates share an ancestor, the article spans them all. */
    private static Element commonAncestorOfAlternatives(Element top, List<Element> ranked, Map<Element, Stats> stats,
            Element body) {
        double topScore = stats.get(top).score;
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (stats.get(ranked.get(i)).score / topScore >= 0.75) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        Map<Element, Boolean> topAncestors = new IdentityHashMap<>();
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            topAncestors.put(a, Boolean.TRUE);
        }
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            int containing = 0;
            for (Element alt : alternatives) {
                for (Element x = alt.parent(); x != null; x = x.parent()) {
                    if (x == a) {
                        containing++;
                        break;
                    }
                }
            }
            if (containing >= 3) {
                return a;
            }
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Stats> stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = stats.get(top).score;
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> siblings = parent.children();
        boolean[] chosen = new boolean[siblings.size()];
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            if (sibling == top) {
                chosen[i] = true;
                continue;
            }
            Stats s = stats.get(sibling);
            if (s == null) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                chosen[i] = true;
            } else if (sibling.nameIs("p") || (!s.blockInside && s.text > 0)) {
                String text = sibling.text();
                double density = s.linkDensity();
                chosen[i] = text.length() > 80 && density < 0.25
                        || text.length() <= 80 && text.length() > 0 && density == 0
                        && SENTENCE_END.matcher(text).find();
            }
        }
        // Lists, quotes and subheadings standing between chosen parts belong to the article too.
        int first = -1;
        int last = -1;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            Stats s = stats.get(sibling);
            if (!chosen[i] && i > first && i < last && s != null && s.text > 0 && s.linkDensity() < 0.3
                    && SANDWICHED_TAGS.contains(sibling.normalName())) {
                chosen[i] = true;
            }
            if (chosen[i]) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private static int proseChars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (Whitespace.wordCount(b.text()) >= 10) {
                n += b.text().length();
            }
        }
        return n;
    }

    /** Keeps sentences and the headings and list items between them; drops stray short lines. */
    private static List<Block> proseOnly(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (Whitespace.wordCount(b.text()) >= 10 || b.type() != BlockType.PARAGRAPH
                    && SENTENCE_END.matcher(b.text()).find()) {
                out.add(b);
            }
        }
        return out;
    }

    private static int textChars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    /** Turns chosen containers into typed blocks, leaving out link lists and page furniture lines. */
    static List<Block> collectBlocks(List<Element> roots, Map<Element, Stats> stats, String title) {
        return collectBlocks(roots, stats, title, true);
    }

    private static List<Block> collectBlocks(List<Element> roots, Map<Element, Stats> stats, String title,
            boolean dropTrailingHeading) {
        BlockCollector collector = new BlockCollector(stats);
        for (Element root : roots) {
            collector.root = stats.get(root);
            NodeTraversor.filter(collector, root);
            collector.flush();
        }
        List<Block> out = new ArrayList<>();
        int total = 0;
        for (Block b : collector.blocks) {
            total += b.text().length();
        }
        int seen = 0;
        String titleKey = title == null ? null : title.toLowerCase(Locale.ROOT);
        for (Block b : collector.blocks) {
            String text = b.text();
            if (titleKey != null && out.isEmpty() && text.toLowerCase(Locale.ROOT).equals(titleKey)) {
                continue;
            }
            int words = Whitespace.wordCount(text);
            seen += text.length();
            Boilerplate.Kind kind = words <= 25 ? Boilerplate.classify(text) : Boilerplate.Kind.NONE;
            // A "related"/"comments" header in the last part of the article closes it.
            if ((kind == Boilerplate.Kind.SECTION_HEADER || kind == Boilerplate.Kind.COMMENT_FORM)
                    && seen * 10 >= total * 7 && !out.isEmpty()) {
                break;
            }
            if (kind != Boilerplate.Kind.NONE) {
                continue;
            }
            if (words <= 12 && (Boilerplate.isByline(text) || PublicationDates.isDateLine(text))) {
                continue;
            }
            if (words == 0) {
                continue;
            }
            out.add(b);
        }
        // A heading with nothing after it introduces something that was left out (related links, forms).
        while (dropTrailingHeading && !out.isEmpty() && out.get(out.size() - 1).type() == BlockType.HEADING) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Walks the chosen containers in reading order, cutting text into blocks at block-level tags. */
    private static final class BlockCollector implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final Map<Element, Stats> stats;
        /** Figures of the chosen container being walked. */
        Stats root;
        private final StringBuilder buffer = new StringBuilder();
        private int headingDepth;
        private int listDepth;
        private int quoteDepth;
        private BlockType bufferType = BlockType.PARAGRAPH;
        private boolean bufferHasText;

        BlockCollector(Map<Element, Stats> stats) {
            this.stats = stats;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                if (!bufferHasText && !text.isBlank()) {
                    bufferType = currentType();
                    bufferHasText = true;
                }
                buffer.append(text);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (skip(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.nameIs("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (BLOCK_TAGS.contains(e.normalName())) {
                flush();
                enter(e, 1);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                flush();
                enter(e, -1);
            }
            return FilterResult.CONTINUE;
        }

        private void enter(Element e, int delta) {
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                headingDepth += delta;
            } else if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
                listDepth += delta;
            } else if (tag.equals("blockquote")) {
                quoteDepth += delta;
            }
        }

        private BlockType currentType() {
            if (headingDepth > 0) {
                return BlockType.HEADING;
            }
            if (listDepth > 0) {
                return BlockType.LIST_ITEM;
            }
            if (quoteDepth > 0) {
                return BlockType.QUOTE;
            }
            return BlockType.PARAGRAPH;
        }

        private boolean skip(Element e) {
            Stats s = stats.get(e);
            if (s == null) {
                return false;
            }
            String tag = e.normalName();
            boolean container = tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
                    || tag.equals("table") || tag.equals("dl") || tag.equals("header");
            // Link lists inside the article ("related", "more on this") are not its text.
            // ...unless it holds most of the unlinked text of the container chosen for that text.
            boolean holdsMostProse = root != null && (s.text - s.link) * 2 >= root.text - root.link;
            if (container && s.text > 0 && s.text < 3000 && s.linkDensity() > 0.5 && !holdsMostProse) {
                return true;
            }
            // A teaser card inside the article points to another article: it links there.
            if (s.link > 0 && s.text < 1000 && !holdsMostProse && TEASER.matcher(hints(e)).find()) {
                return true;
            }
            if ((tag.equals("p") || tag.equals("li")) && s.text > 0 && s.text < 200 && s.linkDensity() > 0.8) {
                return true;
            }
            return tag.length() == 2 && tag.charAt(0) == 'h' && s.text > 0 && s.linkDensity() > 0.6;
        }

        void flush() {
            String text = Whitespace.normalise(buffer.toString());
            buffer.setLength(0);
            bufferHasText = false;
            if (!text.isEmpty()) {
                blocks.add(new Block(bufferType, text));
            }
            bufferType = currentType();
        }
    }
}
