package io.babeldesk.translation;

import io.babeldesk.article.Language;
import java.util.List;

/**
 * How one language of an article is split into model calls: contiguous chunks of the segments the
 * translation memory did not have, each within the output budget.
 */
public record ChunkPlan(Language target, List<Chunk> chunks) {
    public ChunkPlan {
        chunks = List.copyOf(chunks);
    }

    /** One model call's worth of segments. */
    public record Chunk(List<Segment> segments) {
        public Chunk {
            segments = List.copyOf(segments);
        }

        public int estimatedOutputTokens() {
            return segments.stream().mapToInt(Segment::estimatedOutputTokens).sum();
        }
    }

    /** The chunk that takes longest: with every chunk in flight at once, it sets the wall time. */
    public int longestChunkTokens() {
        return chunks.stream().mapToInt(Chunk::estimatedOutputTokens).max().orElse(0);
    }

    public int estimatedOutputTokens() {
        return chunks.stream().mapToInt(Chunk::estimatedOutputTokens).sum();
    }

    /**
     * Splits segments into chunks. The count is what the output budget needs, raised to use the
     * allowed parallelism as long as each chunk stays above the minimum (below it the repeated
     * instructions and context cost more than the parallelism gains); the cut points then balance
     * the chunks' estimated output.
     */
    public static ChunkPlan of(Language target, List<Segment> pending, EngineLimits limits) {
        if (pending.isEmpty()) {
            return new ChunkPlan(target, List.of());
        }
        long total = pending.stream().mapToLong(Segment::estimatedOutputTokens).sum();
        int needed = (int) Math.ceil((double) total / limits.maxChunkOutputTokens());
        int parallel = Math.min(limits.chunkConcurrency(),
                (int) Math.ceil((double) total / limits.minChunkOutputTokens()));
        int count = Math.max(1, Math.min(pending.size(), Math.max(needed, parallel)));
        double share = (double) total / count;
        List<Chunk> chunks = new java.util.ArrayList<>();
        List<Segment> current = new java.util.ArrayList<>();
        int currentTokens = 0;
        long before = 0;
        int chunkIndex = 0;
        for (Segment s : pending) {
            int index = (int) Math.min(count - 1, Math.floor((before + s.estimatedOutputTokens() / 2.0) / share));
            boolean full = currentTokens + s.estimatedOutputTokens() > limits.maxChunkOutputTokens();
            if (!current.isEmpty() && (index > chunkIndex || full)) {
                chunks.add(new Chunk(current));
                current = new java.util.ArrayList<>();
                currentTokens = 0;
                chunkIndex = Math.max(index, chunkIndex + 1);
            }
            current.add(s);
            currentTokens += s.estimatedOutputTokens();
            before += s.estimatedOutputTokens();
        }
        chunks.add(new Chunk(current));
        return new ChunkPlan(target, chunks);
    }
}
