package io.babeldesk.translation;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Cuts an article version into what one language is translated in: the title, each block and the
 * source-language summary, each with the glossary terms it mentions, its translation-memory key
 * and its expected output.
 */
final class SegmentPlanner {
    private final Glossary glossary;
    private final String modelId;
    private final AtomicReference<GlossaryMatcher> matcher = new AtomicReference<>(new GlossaryMatcher(List.of()));

    SegmentPlanner(Glossary glossary, String modelId) {
        this.glossary = glossary;
        this.modelId = modelId;
    }

    List<Segment> segments(Article article, String sourceSummary, Language target) {
        GlossaryMatcher terms = currentMatcher();
        Language source = article.sourceLanguage();
        List<Segment> out = new ArrayList<>();
        if (article.title() != null) {
            out.add(segment(out.size(), Segment.Part.TITLE, article.title(), source, target, terms));
        }
        for (Block b : article.blocks()) {
            out.add(segment(out.size(), Segment.Part.BLOCK, b.text(), source, target, terms));
        }
        if (sourceSummary != null) {
            out.add(segment(out.size(), Segment.Part.SUMMARY, sourceSummary, source, target, terms));
        }
        return out;
    }

    private Segment segment(int index, Segment.Part part, String text, Language source, Language target,
                            GlossaryMatcher terms) {
        List<GlossaryEntry> found = terms.find(text, source);
        return new Segment(index, part, text, found, TranslationMemory.key(target, text, modelId, found),
                TokenEstimator.outputTokens(text, source, target));
    }

    /** The glossary is read for every article; the matcher is rebuilt only when the entries changed. */
    private GlossaryMatcher currentMatcher() {
        List<GlossaryEntry> entries = glossary.all();
        GlossaryMatcher current = matcher.get();
        if (!current.entries().equals(entries)) {
            current = new GlossaryMatcher(entries);
            matcher.set(current);
        }
        return current;
    }
}
