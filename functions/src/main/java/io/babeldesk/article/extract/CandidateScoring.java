package io.babeldesk.article.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Picks the container most likely to hold the article: paragraphs score by length, commas and link
 * density, and their scores flow to the containers up to five levels above them.
 */
final class CandidateScoring {
    private static final Set<String> SCORED_LEAF_TAGS = Set.of("p", "pre", "td", "div", "section", "article",
            "blockquote", "dd", "center", "font", "span");
    private static final int MIN_PARAGRAPH_CHARS = 25;

    private CandidateScoring() {
    }

    /** The best-scoring container under body, or null when nothing scores (no paragraph-like text at all). */
    static Element topCandidate(Element body, Map<Element, TextFigures> figures) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            TextFigures s = figures.get(e);
            if (s == null || s.text < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            String text;
            boolean paragraphLike = e.nameIs("p") || e.nameIs("pre")
                    || (!s.blockInside && SCORED_LEAF_TAGS.contains(e.normalName()));
            if (paragraphLike) {
                if (e.nameIs("span") || e.nameIs("font")) {
                    Element parent = e.parent();
                    if (parent != null && !figures.get(parent).blockInside) {
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
                TextFigures as = figures.get(ancestor);
                if (as == null) {
                    break;
                }
                if (!as.scored) {
                    as.scored = true;
                    as.score = tagWeight(ancestor) + ClassHints.weight(ancestor);
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
            TextFigures s = figures.get(c);
            s.score = s.score * (1 - s.linkDensity());
        }
        candidates.sort(Comparator.comparingDouble((Element c) -> figures.get(c).score).reversed());
        Element top = candidates.get(0);
        double topScore = figures.get(top).score;
        if (topScore <= 0) {
            return null;
        }
        top = commonAncestorOfAlternatives(top, candidates, figures, body);
        // Climb while the parent scores close to the candidate: the article is often split in sub-containers.
        Element parent = top.parent();
        double lastScore = figures.get(top).score;
        double threshold = lastScore / 3;
        while (parent != null && parent != body) {
            TextFigures ps = figures.get(parent);
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
    private static Element commonAncestorOfAlternatives(Element top, List<Element> ranked,
            Map<Element, TextFigures> figures, Element body) {
        double topScore = figures.get(top).score;
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (figures.get(ranked.get(i)).score / topScore >= 0.75) {
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

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote", "section", "main" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
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
}
