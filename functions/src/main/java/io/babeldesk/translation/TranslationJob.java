package io.babeldesk.translation;

import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** One language of one article in flight: its segments, its own cap on parallel calls and its running cost. */
final class TranslationJob {
    private final Article article;
    private final Language target;
    private final List<Segment> segments;
    private final ChunkRunner.Permits permits;
    private final AtomicReference<Usage> usage = new AtomicReference<>(Usage.NONE);

    TranslationJob(Article article, Language target, List<Segment> segments, ChunkRunner.Permits permits) {
        this.article = article;
        this.target = target;
        this.segments = List.copyOf(segments);
        this.permits = permits;
    }

    Article article() {
        return article;
    }

    Language target() {
        return target;
    }

    /** Every segment of the article, in reading order: a segment's index is its position here. */
    List<Segment> segments() {
        return segments;
    }

    ChunkRunner.Permits permits() {
        return permits;
    }

    /** The article's title and blocks, one per line: what its summary's numbers and names must be found in. */
    String articleText() {
        StringBuilder sb = new StringBuilder(article.title() == null ? "" : article.title());
        article.blocks().forEach(b -> sb.append('\n').append(b.text()));
        return sb.toString();
    }

    Usage usage() {
        return usage.get();
    }

    void add(Usage more) {
        usage.accumulateAndGet(more, Usage::plus);
    }

    /** The title, as context for a chunk that does not start with it (null when there is none). */
    String titleBefore(Segment first) {
        Segment title = segments.isEmpty() ? null : segments.get(0);
        return title != null && title.part() == Segment.Part.TITLE && first.index() != title.index()
                ? title.source() : null;
    }

    /** The block before a chunk of blocks, as context (null when there is none). */
    String blockBefore(Segment first) {
        if (first.index() > 0 && first.part() != Segment.Part.SUMMARY) {
            Segment previous = segments.get(first.index() - 1);
            if (previous.part() == Segment.Part.BLOCK) {
                return previous.source();
            }
        }
        return null;
    }
}
