package io.babeldesk.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming: before Lambda snapshots an initialised function, run its hot code once
 * (extraction, language detection, planning, JSON, routing) so the restored container starts
 * with those classes loaded and compiled instead of paying for them on the first event. Priming
 * only reads (one DynamoDB GetItem that finds nothing, to load the SDK's request path) and never
 * calls a model; the SDK reconnects after restore.
 */
final class Priming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    private final String function;
    private final Runnable warmUp;

    private Priming(String function, Runnable warmUp) {
        this.function = function;
        this.warmUp = warmUp;
    }

    /** Registers a warm-up for the snapshot; the returned object must stay referenced by the handler. */
    static Priming register(String function, Runnable warmUp) {
        Priming priming = new Priming(function, warmUp);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /** Runs the warm-up now (what the snapshot hook does); failures are logged, never fatal. */
    void prime() {
        long start = System.nanoTime();
        try {
            warmUp.run();
            LOG.info("{} primed in {} ms", function, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("{} priming failed; the function starts unprimed", function, e);
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to reopen: clients connect lazily on the first call after restore
    }

    /** The neutral article the warm-ups process. */
    static byte[] sampleArticle() {
        try (InputStream in = Priming.class.getClassLoader().getResourceAsStream("priming/article.txt")) {
            if (in == null) {
                throw new IllegalStateException("priming/article.txt is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
