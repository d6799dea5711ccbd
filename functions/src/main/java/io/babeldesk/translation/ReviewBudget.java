package io.babeldesk.translation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides from the offline findings of a language version whether it holds for review. Any hard
 * finding holds it (a changed or added number, another language or script, the source sent back,
 * a refusal, a reply cut or far off the usual length, a person's name not in the house spelling,
 * lost or cut segments). Soft findings (a number perhaps written in words or localised, a name
 * perhaps translated, a length somewhat off the usual, a sentence without its full stop) hold it
 * only when more segments carry them than {@link #SOFT_SHARE} of the article's segments: correct
 * translations carry one now and then; a text a third of which says something else or is cut
 * carries many. A segment with two or more kinds of soft finding counts twice; the same soft
 * finding repeated (a glossary term written the newsroom's way
 * nowhere in the article, "EU" for "European Union") counts once.
 */
final class ReviewBudget {
    /**
     * Share of an article's segments that may carry soft findings, rounded down, and never less
     * than one: one in an article of up to 13 segments, two in 14 to 19, three in 20 to 26. A short
     * correct translation may well render its headline's name as a word; a corrupted paragraph
     * usually shows two kinds of soft finding (its names and its length), which weigh two. On the
     * parallel news corpus a third of the paragraphs replaced by another article's or cut in half
     * leaves more than this in nearly every article.
     */
    static final double SOFT_SHARE = 0.15;

    private ReviewBudget() {
    }

    /** How many segments of {@code segments} may carry soft findings. */
    static int allowance(int segments) {
        return Math.max(1, (int) Math.floor(SOFT_SHARE * segments + 1e-9));
    }

    /** The verdict on a language version's findings: whether it holds, and why in words. */
    record Verdict(boolean holds, int hard, int soft, int allowance) {
        String why() {
            if (hard > 0) {
                return null;
            }
            return "soft findings weigh " + soft + ", " + allowance + " allowed for the article";
        }
    }

    /**
     * @param findings each segment's findings, by segment index
     * @param segments how many segments the language version has
     */
    static Verdict judge(Map<Integer, List<Finding>> findings, int segments) {
        int hard = 0;
        int soft = 0;
        Set<String> repeated = new HashSet<>();
        for (List<Finding> list : new java.util.TreeMap<>(findings).values()) {
            Set<QualityFlag> kinds = java.util.EnumSet.noneOf(QualityFlag.class);
            for (Finding f : list) {
                if (f.hard()) {
                    hard++;
                } else if (f.flag() != QualityFlag.MISSING_TERM || repeated.add(f.reason())) {
                    kinds.add(f.flag());
                }
            }
            // two kinds of soft finding on one segment (its names and its length, say) count twice
            soft += Math.min(kinds.size(), 2);
        }
        int allowance = allowance(segments);
        return new Verdict(hard > 0 || soft > allowance, hard, soft, allowance);
    }
}
