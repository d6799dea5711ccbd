package io.babeldesk.api;

import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;

/** The article a route names, or the problem a caller gets when there is none to work on. */
final class StoredArticles {
    private StoredArticles() {
    }

    static ArticleRecord found(ArticleStore store, String id) {
        return store.find(id).orElseThrow(() -> new ApiProblem(404, "ARTICLE_NOT_FOUND", "no article " + id));
    }

    /** An article with an accepted version: work can be asked for it. */
    static ArticleRecord accepted(ArticleStore store, String id) {
        ArticleRecord r = found(store, id);
        if (r.version() == null) {
            throw new ApiProblem(409, "ARTICLE_REFUSED", "the upload of this article was refused");
        }
        return r;
    }
}
