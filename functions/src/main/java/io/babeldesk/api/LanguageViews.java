package io.babeldesk.api;

import io.babeldesk.article.Article;
import io.babeldesk.article.ArticleIds;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One language of an article as the API shows it: to readers under the publish policy, to editors
 * whole, with the findings on each part. An editor's ETag is the hash of the editor's view, so an
 * edit's If-Match names exactly the text the editor read.
 */
final class LanguageViews {
    private final ArticleStore store;
    private final PublishPolicy policy;

    LanguageViews(ArticleStore store, PublishPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    PublishPolicy policy() {
        return policy;
    }

    Map<String, Object> view(ArticleRecord r, Language language, boolean editor) {
        return view(r, language, editor, store.translation(r.id(), language));
    }

    /** The view of {@code stored}, the language's stored result already read (or just written). */
    Map<String, Object> view(ArticleRecord r, Language language, boolean editor, Optional<Translation> stored) {
        String id = r.id();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("language", language);
        body.put("version", r.version());
        Optional<Translation> t = stored.filter(x -> x.articleVersion().equals(r.version()));
        LanguageState state = r.languages().get(language);
        TranslationStatus status = state == null ? TranslationStatus.PENDING : state.status();
        boolean source = language == r.sourceLanguage();
        if (t.isPresent() && t.get().status().hasText() && (editor || source || policy.readable(t.get().status()))) {
            Translation tr = t.get();
            body.put("status", tr.status());
            body.put("title", tr.title());
            body.put("blocks", tr.blocks());
            // the source's own summary is held back under the policy like a translation
            body.put("summary", editor || policy.readable(tr.status()) ? tr.summary() : null);
            body.put("flags", tr.flags());
            body.put("reason", tr.reason());
            body.put("model", tr.model());
            if (editor) {
                body.put("findings", tr.findings());
            }
        } else if (source) {
            // the cleaned original is readable while its summary is still being written
            Article article = store.source(id, r.version()).orElseThrow();
            body.put("status", status);
            body.put("title", article.title());
            body.put("blocks", article.blocks());
            body.put("summary", null);
        } else {
            body.put("status", t.map(Translation::status).filter(s -> s != TranslationStatus.FAILED).orElse(status));
            body.put("title", null);
            body.put("blocks", List.of());
            body.put("summary", null);
            boolean heldBack = t.isPresent() && t.get().status().hasText();
            body.put("reason", heldBack ? "not yet approved by an editor" : state == null ? null : state.reason());
        }
        return body;
    }

    /** The strong ETag of a JSON answer's body. */
    static String etag(String body) {
        return "\"" + ArticleIds.sha256(body).substring(0, 32) + "\"";
    }

    static String etag(Map<String, Object> view) {
        return etag(Json.write(view));
    }
}
