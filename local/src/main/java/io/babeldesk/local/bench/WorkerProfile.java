package io.babeldesk.local.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local runtime's worker threads spend their time, from sampled stacks: each sample
 * of each worker counts towards the one activity its stack shows.
 */
final class WorkerProfile {
    /** What a worker thread is doing in one sample. */
    enum Activity {
        MODEL("waiting for model calls (simulated latency; chunk threads also run the gate)"),
        AWS("AWS calls (moto)"),
        QUEUE_POLL("waiting on an empty queue (receive long poll)"),
        DETECTION("language detection (lingua)"),
        CPU("own CPU work (extract, plan, JSON)"),
        IDLE("idle");

        final String description;

        Activity(String description) {
            this.description = description;
        }
    }

    private final Map<Activity, Long> samples = new EnumMap<>(Activity.class);

    synchronized void sample(List<Thread> workers) {
        for (Thread t : workers) {
            samples.merge(classify(t.getStackTrace(), t.getState()), 1L, Long::sum);
        }
    }

    static Activity classify(StackTraceElement[] stack, Thread.State state) {
        boolean translating = false;
        boolean aws = false;
        boolean receiving = false;
        boolean lingua = false;
        boolean handling = false;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.startsWith("io.babeldesk.local.bench.SimulatedTranslationModel")
                    || type.startsWith("io.babeldesk.translation.TranslationEngine")
                    || type.startsWith("io.babeldesk.summary.Summarizer")) {
                translating = true;
            }
            if (type.startsWith("software.amazon.awssdk")) {
                aws = true;
            }
            if (type.startsWith("software.amazon.awssdk.services.sqs") && frame.getMethodName().equals("receiveMessage")) {
                receiving = true;
            }
            if (type.startsWith("com.github.pemistahl.lingua")) {
                lingua = true;
            }
            if (type.startsWith("io.babeldesk.handler.")) {
                handling = true;
            }
        }
        boolean waiting = state != Thread.State.RUNNABLE;
        if (receiving && !handling) {
            return Activity.QUEUE_POLL;
        }
        if (aws) {
            return Activity.AWS;
        }
        if (translating && waiting) {
            return Activity.MODEL;
        }
        if (lingua) {
            return Activity.DETECTION;
        }
        if (handling && !waiting) {
            return Activity.CPU;
        }
        return handling ? Activity.MODEL : Activity.IDLE;
    }

    synchronized Map<Activity, Double> shares() {
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        Map<Activity, Double> out = new EnumMap<>(Activity.class);
        samples.forEach((a, n) -> out.put(a, total == 0 ? 0 : (double) n / total));
        return out;
    }
}
