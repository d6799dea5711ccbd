package io.babeldesk.article.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Moves the best-scoring container to the article's real extent: the marked article body around it,
 * the headlined entry of a scrolling page, and the sibling paragraphs, lists and subheadings beside it.
 */
final class ArticleBounds {
    private static final Set<String> SANDWICHED_TAGS = Set.of("ul", "ol", "dl", "blockquote", "h2", "h3", "h4",
            "h5", "h6", "table", "pre");

    private ArticleBounds() {
    }

    /**
     * Page builders cut an article into many small text widgets, and the best-scoring one holds only a
     * part of it. When the element the CMS marks as the article body ("entry-content", itemprop
     * articleBody) holds clearly more prose around it and is not a link list, that element is the article.
     */
    static Element markedBodyAround(Element top, Element body, Map<Element, TextFigures> figures) {
        TextFigures ts = figures.get(top);
        if (ts == null) {
            return top;
        }
        int articles = -1;
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            boolean marked = a.attr("itemprop").equalsIgnoreCase("articleBody")
                    || ClassHints.marksArticle(ClassHints.of(a));
            if (!marked && a.nameIs("article")) {
                if (articles < 0) {
                    articles = body.getElementsByTag("article").size();
                }
                marked = articles == 1; // the page's only <article>
            }
            if (!marked) {
                continue;
            }
            TextFigures as = figures.get(a);
            if (as != null && as.linkDensity() < 0.3 && (as.text - as.link) * 10 >= (ts.text - ts.link) * 13) {
                return a;
            }
            return top;
        }
        return top;
    }

    /**
     * Page builders also cut an article into sections or text widgets that no class marks as the body:
     * the best-scoring one holds only a part. While the next container up adds running text (paragraphs,
     * few links) and no other headline or article entry, it holds more of the same article.
     */
    static Element widenOverProse(Element top, Element body, Map<Element, TextFigures> figures, String title) {
        TextFigures ts = figures.get(top);
        if (ts == null) {
            return top;
        }
        // Marks of something else than the article: another article's entry or headline (the page's own
        // headline, or its only one, is not), a header opening related links or comments.
        List<Element> marks = new ArrayList<>();
        int headlines = body.getElementsByTag("h1").size();
        for (Element e : body.select("h1, article, h2, h3, h4")) {
            if (e.nameIs("h1") ? headlines > 1 && !Whitespace.normalise(e.text()).equalsIgnoreCase(title)
                    : e.nameIs("article") || Boilerplate.classify(e.text()) == Boilerplate.Kind.SECTION_HEADER) {
                marks.add(e);
            }
        }
        // The highest container up to the first mark of something else that adds a heading or a label
        // only, or much more running text (an article cut in parts) rather than a call to action or a form.
        Element current = top;
        TextFigures cs = ts;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            TextFigures ps = figures.get(parent);
            if (ps == null || holdsMarkBeside(parent, top, marks)) {
                break;
            }
            int extraText = ps.text - ts.text;
            int extraLink = ps.link - ts.link;
            int extraProse = ps.prose - ts.prose;
            // Teasers of other articles: an excerpt paragraph under each link.
            if (ps.anchors - ts.anchors >= Math.max(2, ps.paragraphs - ts.paragraphs)) {
                break;
            }
            int extraShortLines = extraText - extraLink - extraProse;
            boolean label = extraProse == 0 && extraLink == 0 && extraShortLines <= 150;
            boolean morePart = extraProse * 2 >= ts.prose && extraShortLines <= Math.max(extraProse / 2, 150)
                    && extraLink * 100 < extraText * 15;
            // Sections of tables, lists and subheadings between paragraphs, with hardly a link: more of the article.
            boolean moreSections = extraProse * 2 >= ts.prose && extraShortLines <= extraProse * 3
                    && extraLink * 100 < extraText * 3;
            if (label || morePart || moreSections) {
                current = parent;
                cs = ps;
            }
        }
        if (current != top && cs.score < ts.score) {
            cs.score = ts.score;
            cs.scored = true;
        }
        return current;
    }

    /** Whether within holds a headline or an article entry that is not in (and does not hold) inner. */
    private static boolean holdsMarkBeside(Element within, Element inner, List<Element> marks) {
        for (Element m : marks) {
            boolean inWithin = false;
            boolean related = false;
            for (Element a = m; a != null; a = a.parent()) {
                if (a == inner) {
                    related = true;
                    break;
                }
                if (a == within) {
                    inWithin = true;
                    break;
                }
            }
            if (inWithin && !related) {
                for (Element a = inner; a != null && a != within; a = a.parent()) {
                    if (a == m) {
                        related = true;
                        break;
                    }
                }
                if (!related) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Pages that load the next articles as the reader scrolls repeat one entry block per article. When
     * the best-scoring block is not the one whose heading is the page's headline, the same spot in the
     * headlined entry is the article.
     */
    static Element sameSpotInHeadlinedEntry(Element top, Element body, String title) {
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
     * Pages cut a long article into sections of one kind, each under its own subheading: a sibling of the
     * top container with the very same class names that holds running text with few links is one more
     * part, though its paragraphs sit too deep for their scores to reach it.
     */
    private static boolean sameKindOfPart(Element top, Element sibling, TextFigures ts, TextFigures s) {
        return !top.className().isBlank() && top.className().equals(sibling.className())
                && top.normalName().equals(sibling.normalName()) && s.prose >= 200 && s.linkDensity() < 0.25
                && ts.linkDensity() < 0.25;
    }

    /** The top container and those of its siblings that belong to the same article, in page order. */
    static List<Element> withSiblings(Element top, Map<Element, TextFigures> figures) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = figures.get(top).score;
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
            TextFigures s = figures.get(sibling);
            if (s == null) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold || sameKindOfPart(top, sibling, figures.get(top), s)) {
                chosen[i] = true;
            } else if (sibling.nameIs("p") || (!s.blockInside && s.text > 0)) {
                String text = sibling.text();
                double density = s.linkDensity();
                chosen[i] = text.length() > 80 && density < 0.25
                        || text.length() <= 80 && text.length() > 0 && density == 0
                        && TextFigures.endsSentence(text);
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
            TextFigures s = figures.get(sibling);
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
}
