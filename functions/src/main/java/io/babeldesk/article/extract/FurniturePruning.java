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
        Map<Element, TextFigures> figures = withoutUnseen(root);
        TextFigures rootFigures = figures.get(root);
        int rootProse = rootFigures == null ? 0 : rootFigures.text - rootFigures.link;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof Element e) || e == root) {
                return FilterResult.CONTINUE;
            }
            if (isFurniture(e, figures.get(e), figures.get(e.parent()), rootProse)) {
                doomed.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            // Inside code, class names are highlighting tokens ("hljs-comment", "token tag"), not furniture.
            return e.nameIs("pre") || e.nameIs("code") ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
        }, root);
        for (Element e : doomed) {
            e.remove();
        }
        return TextFigures.of(root);
    }

    /**
     * Removes what is never shown and returns the figures of the rest. A text area, a template or a hidden
     * box ("republish this story") can hold a copy of the article; counted as prose, it would pass for the
     * article's container or make a sidebar holding it outweigh the real column. A hidden block that holds
     * most of the page's prose stays: some pages hide their article until a script shows it.
     */
    private static Map<Element, TextFigures> withoutUnseen(Element root) {
        // Emptied, not removed: the fields of a form are what tells it is one.
        List<Element> unseen = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && e != root && ALWAYS_REMOVED.contains(e.normalName())
                    && !e.nameIs("noscript")) {
                unseen.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }, root);
        for (Element e : unseen) {
            e.empty();
        }
        Map<Element, TextFigures> figures = TextFigures.of(root);
        TextFigures rootFigures = figures.get(root);
        int rootProse = rootFigures == null ? 0 : rootFigures.text - rootFigures.link;
        List<Element> hidden = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && e != root && isHidden(e, figures.get(e))) {
                TextFigures s = figures.get(e);
                if (s != null && s.text > 0 && (s.text - s.link) * 2 < rootProse) {
                    hidden.add(e);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }, root);
        for (Element e : hidden) {
            e.remove();
        }
        return hidden.isEmpty() ? figures : TextFigures.of(root);
    }

    private static boolean isHidden(Element e, TextFigures s) {
        return e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style")).find()
                || "true".equals(e.attr("aria-hidden")) && s != null && s.text < 200;
    }

    private static boolean isFurniture(Element e, TextFigures s, TextFigures parent, int rootProse) {
        String tag = e.normalName();
        // Whatever its class says, an element holding most of the page's prose is not furniture; that
        // includes a <noscript> holding the whole article of a page that renders it with scripts.
        boolean holdsMostProse = s != null && rootProse > 0 && (s.text - s.link) * 2 >= rootProse;
        if (ALWAYS_REMOVED.contains(tag)) {
            return !(tag.equals("noscript") && holdsMostProse && s.text >= 500);
        }
        // A page footer can outweigh a short article; it holds the article only with its headline or <main>.
        if (FURNITURE_TAGS.contains(tag) && holdsMostProse && s.holdsMain) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag) && !(holdsMostProse && !e.getElementsByTag("h1").isEmpty())) {
            return true;
        }
        // A cookie box or a pop-up is never the article, though its notice may outweigh a short one.
        if (holdsMostProse && !(ClassHints.namesOverlay(ClassHints.of(e)) && !s.holdsMain)) {
            return false;
        }
        if (tag.equals("figcaption") && s != null && s.text < 300) {
            return true;
        }
        if (isHidden(e, s)) {
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
            return (!tag.equals("article") || s == null || s.text < 500) && !mainColumn(hints, s, parent);
        }
        if (!ClassHints.namesSmallFurniture(hints)) {
            return false;
        }
        // A weak hint ("date", "meta", "byline") names short furniture: a block of unlinked prose is not that.
        return s == null || s.text - s.link < 400 || s.linkDensity() > 0.5;
    }

    /**
     * A layout with a sidebar names both its columns after it ("sidebar-content", "sidebar"): the one
     * holding paragraphs of running text and far more of the shared parent's text than the rest is the
     * main column, whatever the comments under the article add to the page's prose.
     */
    private static boolean mainColumn(String hints, TextFigures s, TextFigures parent) {
        if (s == null || parent == null || !ClassHints.namesSidebar(hints)) {
            return false;
        }
        int rest = (parent.text - parent.link) - (s.text - s.link);
        return s.paragraphs >= 5 && s.prose >= 1500 && rest > 0 && s.prose >= rest * 3;
    }
}
