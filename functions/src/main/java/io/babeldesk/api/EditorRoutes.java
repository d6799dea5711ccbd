package io.babeldesk.api;

import static io.babeldesk.api.RequestInputs.language;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.pipeline.ArticleEvent;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.Events;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.pipeline.Page;
import io.babeldesk.pipeline.Revision;
import io.babeldesk.translation.SegmentFinding;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationMemory;
import io.babeldesk.translation.TranslationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The editors' loop: the review queue, edits of one language (with If-Match against the ETag the
 * editor read), approval, sending back, and the history of every change with its editor. An edited
 * paragraph goes into translation memory as a human translation, so the next version of the
 * article keeps it where its source did not change.
 */
final class EditorRoutes {
    /** An article's text in one language may be long: edits get a larger body limit than other requests. */
    static final int MAX_EDIT_BYTES = 1024 * 1024;
    private static final Set<String> VIEW_FIELDS = Set.of("id", "language", "version", "status", "title", "blocks",
            "summary", "flags", "reason", "model", "findings", "comment");

    private final ArticleStore store;
    private final LanguageViews views;
    private final TranslationMemory memory;
    private final Events events;
    private final EditSuggestions suggestions;

    EditorRoutes(ArticleStore store, LanguageViews views, TranslationMemory memory, Events events,
                 EditSuggestions suggestions) {
        this.store = store;
        this.views = views;
        this.memory = memory;
        // an event that cannot be sent is logged and counted; the change it announces is stored
        this.events = Events.neverThrowing(events);
        this.suggestions = suggestions;
    }

    ApiResponse reviewQueue(ApiRequest request) {
        int limit = RequestInputs.limit(request.query().get("limit"));
        Language only = request.query().containsKey("language") ? language(request.query().get("language")) : null;
        String include = request.query().getOrDefault("include", "needs-review");
        Set<TranslationStatus> wanted = switch (include) {
            case "needs-review" -> EnumSet.of(TranslationStatus.NEEDS_REVIEW);
            case "done" -> EnumSet.of(TranslationStatus.NEEDS_REVIEW, TranslationStatus.DONE);
            default -> throw new ApiProblem(400, "INVALID_INCLUDE",
                    "include must be needs-review (the default) or done (also what is DONE and not yet approved)");
        };
        Page<ArticleRecord> page;
        try {
            page = store.list(limit, request.query().get("cursor"), only, wanted);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "INVALID_CURSOR", e.getMessage());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (ArticleRecord r : page.items()) {
            for (Map.Entry<Language, LanguageState> e : r.languages().entrySet()) {
                if ((only != null && e.getKey() != only) || !wanted.contains(e.getValue().status())) {
                    continue;
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("articleId", r.id());
                item.put("title", r.title());
                item.put("version", r.version());
                item.put("sourceLanguage", r.sourceLanguage());
                item.put("language", e.getKey());
                item.put("status", e.getValue().status());
                item.put("reason", e.getValue().reason());
                item.put("updatedAt", e.getValue().updatedAt());
                Translation t = store.translation(r.id(), e.getKey())
                        .filter(x -> x.articleVersion().equals(r.version())).orElse(null);
                item.put("flags", t == null ? List.of() : t.flags());
                item.put("findings", t == null ? List.of() : t.findings());
                items.add(item);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", page.next());
        return ApiResponse.json(200, body).withHeader("Cache-Control", "private, no-cache");
    }

    ApiResponse edit(ApiRequest request, String id, Language language) {
        String ifMatch = request.header("if-match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "PRECONDITION_REQUIRED", "send If-Match with the ETag of the text you edited "
                    + "(from GET /articles/" + id + "/" + language.code() + ")");
        }
        JsonNode body = RequestInputs.jsonBody(request, VIEW_FIELDS, MAX_EDIT_BYTES);
        Editable current = editable(id, language, ifMatch);
        Translation was = current.translation();
        String title = was.title();
        if (body.has("title")) {
            title = text(body.get("title"), "title");
        }
        List<Block> blocks = was.blocks();
        if (body.has("blocks")) {
            blocks = blocks(body.get("blocks"), was.blocks());
        }
        String summary = was.summary();
        if (body.has("summary")) {
            summary = body.get("summary").isNull() ? null : text(body.get("summary"), "summary");
        }
        Set<String> changed = changedParts(was, title, blocks, summary);
        if (changed.isEmpty()) {
            throw new ApiProblem(422, "NO_CHANGES", "the text is the same as the stored one: nothing to save");
        }
        List<SegmentFinding> findings = was.findings().stream()
                .filter(f -> !changed.contains(f.where())).toList();
        // a DONE language keeps its soft findings but no flags: only what held a language is a flag
        List<String> flags = was.findings().isEmpty() || was.flags().isEmpty() ? was.flags()
                : findings.stream().map(SegmentFinding::check).distinct().toList();
        // an approved text that changes needs approving again; a flagged one stays flagged until approved
        TranslationStatus status = was.status() == TranslationStatus.APPROVED ? TranslationStatus.DONE : was.status();
        Translation edited = new Translation(language, was.articleVersion(), status, title, blocks, summary,
                was.model(), was.usage(), flags, was.reason(), findings);
        String comment = optionalText(body.get("comment"));
        save(id, current, edited, Revision.EDIT, request.editorIdentity(), comment);
        Article source = store.source(id, was.articleVersion()).orElseThrow();
        if (language != source.sourceLanguage()) {
            rememberHumanTranslation(source, language, was, edited);
        }
        events.publish(ArticleEvent.edited(id, was.articleVersion(), language, status.name(), url(request, id, language)));
        // what GET answers now: the edited text is the stored one (the transaction held)
        Map<String, Object> view = views.view(current.record(), language, true, Optional.of(edited));
        Map<String, Object> out = new LinkedHashMap<>(view);
        out.put("glossarySuggestions", suggestions.suggest(source, language, was, edited));
        return ApiResponse.json(200, out).withHeader("ETag", LanguageViews.etag(view))
                .withHeader("Cache-Control", "private, no-cache");
    }

    ApiResponse approve(ApiRequest request, String id, Language language) {
        JsonNode body = RequestInputs.jsonBody(request, Set.of("comment"));
        Editable current = editable(id, language, request.header("if-match"));
        Translation was = current.translation();
        if (was.status() == TranslationStatus.APPROVED) {
            return stateAnswer(id, language);
        }
        Translation approved = withStatus(was, TranslationStatus.APPROVED, null);
        save(id, current, approved, Revision.APPROVE, request.editorIdentity(), optionalText(body.get("comment")));
        events.publish(ArticleEvent.approved(id, was.articleVersion(), language, url(request, id, language)));
        return stateAnswer(id, language);
    }

    ApiResponse sendBack(ApiRequest request, String id, Language language) {
        JsonNode body = RequestInputs.jsonBody(request, Set.of("reason", "comment"));
        if (!body.has("reason")) {
            throw new ApiProblem(422, "REASON_REQUIRED", "say why the text goes back to review: {\"reason\": \"...\"}");
        }
        String why = text(body.get("reason"), "reason");
        Editable current = editable(id, language, request.header("if-match"));
        Translation was = current.translation();
        String reason = "sent back by " + request.editorIdentity() + ": " + why;
        Translation back = withStatus(was, TranslationStatus.NEEDS_REVIEW, reason);
        String comment = optionalText(body.get("comment"));
        save(id, current, back, Revision.SEND_BACK, request.editorIdentity(), comment == null ? why : comment);
        events.publish(ArticleEvent.sentBack(id, was.articleVersion(), language, reason, url(request, id, language)));
        return stateAnswer(id, language);
    }

    ApiResponse revisions(String id, Language language) {
        StoredArticles.found(store, id);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Revision r : store.revisions(id, language)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("number", r.number());
            item.put("action", r.action());
            item.put("editor", r.editor());
            item.put("comment", r.comment());
            item.put("at", r.at());
            item.put("status", r.status());
            item.put("articleVersion", r.articleVersion());
            items.add(item);
        }
        return ApiResponse.json(200, Map.of("items", items)).withHeader("Cache-Control", "private, no-cache");
    }

    ApiResponse revision(String id, Language language, String number) {
        StoredArticles.found(store, id);
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "INVALID_REVISION", "a revision is a whole number from 1");
        }
        Revision r = store.revision(id, language, n).orElseThrow(() -> new ApiProblem(404, "REVISION_NOT_FOUND",
                "article " + id + " has no revision " + n + " in " + language.code()));
        return ApiResponse.json(200, r).withHeader("Cache-Control", "private, no-cache");
    }

    /** The stored text an editor may change, after the If-Match check when one was sent. */
    private Editable editable(String id, Language language, String ifMatch) {
        ArticleRecord r = StoredArticles.accepted(store, id);
        Translation t = store.translation(id, language)
                .filter(x -> x.articleVersion().equals(r.version()) && x.status().hasText())
                .orElseThrow(() -> new ApiProblem(409, "NOTHING_TO_EDIT", "article " + id + " has no text in "
                        + language.code() + " yet (" + status(r, language) + "): wait for it, or retranslate"));
        if (ifMatch != null && !ifMatch.isBlank()) {
            String etag = LanguageViews.etag(views.view(r, language, true, Optional.of(t)));
            if (!matches(ifMatch, etag)) {
                throw new ApiProblem(412, "CHANGED_MEANWHILE", "the text changed since you read it (now " + etag
                        + "): read it again, and make your change on the current text");
            }
        }
        return new Editable(r, t);
    }

    private record Editable(ArticleRecord record, Translation translation) {
    }

    /**
     * Records the change: the machine's text first when the history does not hold it yet (the
     * first change, or a new machine result since), then the editor's revision.
     */
    private void save(String id, Editable current, Translation head, String action, String editor, String comment) {
        Translation was = current.translation();
        Revision latest = store.latestRevision(id, was.language()).orElse(null);
        int next = latest == null ? 1 : latest.number() + 1;
        String now = Instant.now().toString();
        List<Revision> revisions = new ArrayList<>();
        if (latest == null || !sameText(latest, was)) {
            revisions.add(new Revision(next++, was.articleVersion(), was.language(), Revision.MACHINE, was.model(),
                    null, current.record().languages().get(was.language()).updatedAt(), was.status(), was.title(),
                    was.blocks(), was.summary()));
        }
        revisions.add(new Revision(next, head.articleVersion(), head.language(), action, editor, comment, now,
                head.status(), head.title(), head.blocks(), head.summary()));
        if (!store.saveRevisions(id, head, revisions)) {
            throw new ApiProblem(412, "CHANGED_MEANWHILE",
                    "someone else changed this text, or a new version of the article arrived, while you saved: "
                            + "read it again");
        }
    }

    private static boolean sameText(Revision r, Translation t) {
        return r.articleVersion().equals(t.articleVersion()) && Objects.equals(r.title(), t.title())
                && r.blocks().equals(t.blocks()) && Objects.equals(r.summary(), t.summary());
    }

    /** Edited titles and blocks become human translations of their source text in this language. */
    private void rememberHumanTranslation(Article source, Language language, Translation was, Translation edited) {
        if (!Objects.equals(was.title(), edited.title()) && source.title() != null) {
            memory.put(TranslationMemory.humanKey(language, source.title()), edited.title());
        }
        for (int i = 0; i < edited.blocks().size() && i < source.blocks().size(); i++) {
            if (!edited.blocks().get(i).text().equals(was.blocks().get(i).text())) {
                memory.put(TranslationMemory.humanKey(language, source.blocks().get(i).text()),
                        edited.blocks().get(i).text());
            }
        }
    }

    private ApiResponse stateAnswer(String id, Language language) {
        Map<String, Object> view = views.view(StoredArticles.found(store, id), language, true);
        return ApiResponse.json(200, view).withHeader("ETag", LanguageViews.etag(view))
                .withHeader("Cache-Control", "private, no-cache");
    }

    private static Translation withStatus(Translation t, TranslationStatus status, String reason) {
        return new Translation(t.language(), t.articleVersion(), status, t.title(), t.blocks(), t.summary(), t.model(),
                t.usage(), t.flags(), reason, t.findings());
    }

    private static Set<String> changedParts(Translation was, String title, List<Block> blocks, String summary) {
        Set<String> changed = new LinkedHashSet<>();
        if (!Objects.equals(was.title(), title)) {
            changed.add("title");
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).text().equals(was.blocks().get(i).text())) {
                changed.add("block " + (i + 1));
            }
        }
        if (!Objects.equals(was.summary(), summary)) {
            changed.add("summary");
        }
        return changed;
    }

    /** The edited blocks: as many as stored, in the same order and of the same types; only their text changes. */
    private static List<Block> blocks(JsonNode node, List<Block> stored) {
        if (!node.isArray() || node.size() != stored.size()) {
            throw new ApiProblem(422, "INVALID_BLOCKS", "blocks must be an array of the " + stored.size()
                    + " blocks as GET returns them; change their text, not their number or order");
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            JsonNode b = node.get(i);
            if (!b.isObject() || !b.has("text")) {
                throw new ApiProblem(422, "INVALID_BLOCKS", "block " + (i + 1) + " must be an object with its text");
            }
            if (b.has("type") && !b.get("type").asText().equalsIgnoreCase(stored.get(i).type().name())) {
                throw new ApiProblem(422, "INVALID_BLOCKS", "block " + (i + 1) + " is a "
                        + stored.get(i).type().name().toLowerCase(java.util.Locale.ROOT) + "; its type cannot change");
            }
            out.add(stored.get(i).withText(text(b.get("text"), "block " + (i + 1))));
        }
        return out;
    }

    private static String text(JsonNode node, String what) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new ApiProblem(422, "INVALID_TEXT", what + " must be a non-empty string");
        }
        return node.asText().strip();
    }

    private static String optionalText(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new ApiProblem(422, "INVALID_TEXT", "comment must be a string");
        }
        return node.asText().isBlank() ? null : node.asText().strip();
    }

    private static boolean matches(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String status(ArticleRecord r, Language language) {
        LanguageState state = r.languages().get(language);
        return state == null ? "PENDING" : state.status().name();
    }

    /** The result's API URL, from the host the request came to. */
    static String url(ApiRequest request, String id, Language language) {
        String path = ArticleEvent.translationPath(id, language);
        String host = request.header("host");
        if (host == null || host.isBlank()) {
            return path;
        }
        String proto = request.header("x-forwarded-proto");
        return (proto == null ? (host.startsWith("127.0.0.1") || host.startsWith("localhost") ? "http" : "https")
                : proto) + "://" + host + path;
    }
}
