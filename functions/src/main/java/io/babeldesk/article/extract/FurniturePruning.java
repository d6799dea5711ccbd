package io.babeldesk.article.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/** Removes page furniture (scripts, navigation, sidebars, hidden blocks) before the article is looked for. */
final class FurniturePruning {
    private static final Set<String> ALWAYS_REMOVED = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "select", "option", "input", "textarea", "link",
            "meta", "head", "map", "audio", "video", "picture", "source", "dialog", "math");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private FurniturePruning() {
    }

    /**
     * Removes the furniture under root from the tree and returns the figures of what is left. Hints are
     * judged on the figures of the whole page, since "most of the page's prose" must count what goes too.
     */
    static Map<Element, TextFigures> prune(Element root) {
        Map<Element, TextFigures> figures = TextFigures.of(root);
        TextFigures rootFigures = figures.get(root);
        int rootProse = rootFigures == null ? 0 : rootFigures.text - rootFigures.link;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof Element e) || e == root) {
                return FilterResult.CONTINUE;
            }
            if (isFurniture(e, figures.get(e), rootProse)) {
                doomed.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }, root);
        for (Element e : doomed) {
            e.remove();
        }
        return TextFigures.of(root);
    }

    private static boolean isFurniture(Element e, TextFigures s, int rootProse) {
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
        String hints = ClassHints.withoutNegations(e);
        if (hints.isEmpty() || ClassHints.marksArticle(hints)) {
            return false;
        }
        if (ClassHints.marksEmbed(hints) || ClassHints.marksCaption(hints) && s != null && s.text < 300) {
            return true;
        }
        // A layout wrapper named after its sidebar ("container sidebar-right") still holds the page's main part.
        if (s != null && s.holdsMain) {
            return false;
        }
        if (ClassHints.namesFurniture(hints)) {
            return !tag.equals("article") || s == null || s.text < 500;
        }
        if (!ClassHints.namesSmallFurniture(hints)) {
            return false;
        }
        // A weak hint ("date", "meta", "byline") names short furniture: a block of unlinked prose is not that.
        return s == null || s.text - s.link < 400 || s.linkDensity() > 0.5;
    }
}
