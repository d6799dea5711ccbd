package io.babeldesk.local;

/** Waiting in the local stack's polling loops: an interrupt ends the wait and stays set. */
public final class Pause {
    private Pause() {
    }

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
