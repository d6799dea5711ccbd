package io.babeldesk.pipeline;

/** Where changes of an article's state are announced to the publishing system. */
public interface Events {
    /** Announces a change that is already stored; never throws (a lost event loses no state). */
    void publish(ArticleEvent event);
}
