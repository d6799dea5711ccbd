package io.babeldesk.article.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What the class and id names of an element say it is: page furniture, the article's container, a lead, a teaser. */
final class ClassHints {
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

    private ClassHints() {
    }

    /** The element's class and id names, lower-cased, or "" when it has none. */
    static String of(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT).strip();
    }

    /** The element's names with negated hints ("no-share") taken out, since those say nothing about it. */
    static String withoutNegations(Element e) {
        return NEGATED_HINT.matcher(of(e)).replaceAll(" ").strip();
    }

    private static final Pattern SIDEBAR = Pattern.compile("sidebar");
    private static final Pattern OVERLAY = Pattern.compile("cookie|(?:^|[\\s_\\-])(?:consent|gdpr|popup|pop-up"
            + "|popmake)(?:$|[\\s_\\-])");

    /** Whether the names speak of a box laid over the page: a cookie or consent notice, a pop-up. */
    static boolean namesOverlay(String hints) {
        return OVERLAY.matcher(hints).find();
    }

    /** Whether the names speak of a sidebar (which a layout's main column may be named after, too). */
    static boolean namesSidebar(String hints) {
        return SIDEBAR.matcher(hints).find();
    }

    static boolean marksArticle(String hints) {
        return ARTICLE_MARKER.matcher(hints).find();
    }

    static boolean marksEmbed(String hints) {
        return EMBED.matcher(hints).find();
    }

    static boolean marksCaption(String hints) {
        return CAPTION.matcher(hints).find();
    }

    static boolean marksLead(Element e) {
        return LEAD.matcher(of(e)).find();
    }

    static boolean marksTeaser(Element e) {
        return TEASER.matcher(of(e)).find();
    }

    /** A strong hint: the element is furniture whatever else its names say. */
    static boolean namesFurniture(String hints) {
        return STRONG_NEGATIVE.matcher(hints).find();
    }

    /** A weak hint ("date", "meta", the site header) that no content-like name contradicts. */
    static boolean namesSmallFurniture(String hints) {
        // A BEM modifier says what a block holds or how it looks ("section--has-ads"), not what it is.
        // Responsive helpers ("hidden-xs") hide a block on some screens only.
        String blocks = RESPONSIVE.matcher(BEM_MODIFIER.matcher(hints).replaceAll("")).replaceAll(" ");
        return (WEAK_NEGATIVE.matcher(blocks).find() || SITE_HEADER.matcher(blocks).find())
                && !MAYBE_CONTENT.matcher(blocks).find();
    }

    /** The candidate score the names add or take away: content-like names up, furniture-like names down. */
    static int weight(Element e) {
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
}
