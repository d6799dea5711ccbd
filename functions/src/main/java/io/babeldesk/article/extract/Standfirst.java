package io.babeldesk.article.extract;

import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/** Finds an article's standfirst (lead, intro) when the page keeps it outside the body's container. */
final class Standfirst {
    private Standfirst() {
    }

    /**
     * The standfirst of an article sits between its headline and its body, often outside the body's
     * container: elements marked as lead/intro/teaser there are the article's first paragraphs.
     */
    static List<Block> blocks(Element body, List<Element> roots, Map<Element, TextFigures> figures,
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
            return blocks(nearbyLeads(roots.get(0), figures), figures, title);
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
        NodeTraversor.filter((node, depth) -> {
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
            TextFigures s = figures.get(e);
            if (s == null || s.text == 0) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isLead(e, s)) {
                leads.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }, body);
        if (!state[1]) {
            // The headline comes after the body's start: look next to the body instead.
            return blocks(nearbyLeads(roots.get(0), figures), figures, title);
        }
        return blocks(leads, figures, title);
    }

    private static List<Block> blocks(List<Element> leads, Map<Element, TextFigures> figures, String title) {
        if (leads.isEmpty() || leads.size() > 2) {
            return List.of();
        }
        // A lead, not a teaser list; a subheadline-styled lead is still a paragraph.
        List<Block> out = new ArrayList<>();
        for (Block b : BlockCollector.collect(leads, figures, title, false)) {
            out.add(b.type() == BlockType.HEADING ? new Block(BlockType.PARAGRAPH, b.text()) : b);
        }
        return BlockCollector.textChars(out) <= 1500 ? out : List.of();
    }

    /** Lead-marked elements just before the body: in its preceding siblings or those of its near ancestors. */
    private static List<Element> nearbyLeads(Element first, Map<Element, TextFigures> figures) {
        Element level = first;
        for (int up = 0; up < 3 && level != null && !level.nameIs("body"); up++, level = level.parent()) {
            int seen = 0;
            for (Element sib = level.previousElementSibling(); sib != null && seen < 4;
                    sib = sib.previousElementSibling(), seen++) {
                TextFigures ss = figures.get(sib);
                if (ss == null || ss.text == 0) {
                    continue;
                }
                if (ss.text > 3000) {
                    return List.of();
                }
                for (Element e : sib.getAllElements()) {
                    TextFigures s = figures.get(e);
                    if (s != null && isLead(e, s)) {
                        return List.of(e);
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean isLead(Element e, TextFigures s) {
        return s.text >= 40 && s.text <= 1500 && s.linkDensity() < 0.3 && !s.holdsMain && ClassHints.marksLead(e);
    }
}
