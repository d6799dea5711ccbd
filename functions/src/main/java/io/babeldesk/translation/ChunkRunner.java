package io.babeldesk.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends an article's chunks at once, each on its own virtual thread, and bounds the model calls in
 * flight: per article and language, and for all articles in this JVM together.
 */
final class ChunkRunner {
    private final int perArticle;
    /** Shared by every article: the engine is built once per container. */
    private final Semaphore shared;

    ChunkRunner(EngineLimits limits) {
        this.perArticle = limits.chunkConcurrency();
        this.shared = new Semaphore(limits.globalConcurrency(), true);
    }

    /** Fresh permits for one article and language, under the shared cap. */
    Permits permits() {
        return new Permits(new Semaphore(perArticle), shared);
    }

    /** The outcomes of every chunk, by segment index; a chunk that throws breaks the whole run. */
    Map<Integer, Outcome> run(ChunkPlan plan, Function<List<Segment>, Map<Integer, Outcome>> translate)
            throws InterruptedException, ExecutionException {
        Map<Integer, Outcome> outcomes = new HashMap<>();
        if (plan.chunks().isEmpty()) {
            return outcomes;
        }
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Map<Integer, Outcome>>> futures = new ArrayList<>();
            for (ChunkPlan.Chunk chunk : plan.chunks()) {
                futures.add(executor.submit(() -> translate.apply(chunk.segments())));
            }
            for (Future<Map<Integer, Outcome>> f : futures) {
                outcomes.putAll(f.get());
            }
        }
        return outcomes;
    }

    /** The permits one model call holds: its article's, then one of the shared ones. */
    record Permits(Semaphore article, Semaphore shared) {
        <T> T call(Supplier<T> call) throws InterruptedException {
            // the article's own cap first: a call waiting for it then holds none of the shared permits
            article.acquire();
            try {
                shared.acquire();
                try {
                    return call.get();
                } finally {
                    shared.release();
                }
            } finally {
                article.release();
            }
        }
    }
}
