package io.babeldesk.api;

import static io.babeldesk.api.RequestInputs.jsonBody;
import static io.babeldesk.api.RequestInputs.language;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.article.Language;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.Job;
import io.babeldesk.pipeline.JobQueue;
import io.babeldesk.pipeline.StoredSummary;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Editors' routes about an article's work: re-translation and what its model calls cost. */
final class ArticleWorkRoutes {
    private final ArticleStore store;
    private final JobQueue queue;

    ArticleWorkRoutes(ArticleStore store, JobQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    ApiResponse retranslate(String id, ApiRequest request) {
        JsonNode body = jsonBody(request, Set.of("languages"));
        ArticleRecord r = StoredArticles.accepted(store, id);
        List<Language> languages = new ArrayList<>();
        if (body.has("languages")) {
            if (!body.get("languages").isArray() || body.get("languages").isEmpty()) {
                throw new ApiProblem(400, "INVALID_LANGUAGES", "languages must be a non-empty array of en, ru, hy, az");
            }
            for (JsonNode l : body.get("languages")) {
                Language language = language(l.asText());
                if (language == r.sourceLanguage()) {
                    throw new ApiProblem(400, "INVALID_LANGUAGES", language.code() + " is the source language");
                }
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            }
        } else {
            languages.addAll(r.sourceLanguage().others());
        }
        queue.send(languages.stream().map(l -> Job.retranslate(id, r.version(), l)).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("version", r.version());
        out.put("languages", languages);
        return ApiResponse.json(202, out).withHeader("Location", "/articles/" + id);
    }

    ApiResponse usage(String id) {
        ArticleRecord r = StoredArticles.found(store, id);
        Map<String, Object> languages = new LinkedHashMap<>();
        Usage total = Usage.NONE;
        for (Language l : Language.values()) {
            Optional<Translation> t = store.translation(id, l).filter(x -> x.articleVersion().equals(r.version()));
            if (t.isPresent()) {
                String task = l == r.sourceLanguage() ? "summarize" : "translate";
                languages.computeIfAbsent(l.code(), k -> new LinkedHashMap<String, Object>());
                @SuppressWarnings("unchecked")
                Map<String, Object> tasks = (Map<String, Object>) languages.get(l.code());
                tasks.put(task, t.get().usage());
                total = total.plus(t.get().usage());
            }
        }
        for (StoredSummary s : store.summaries(id)) {
            if (s.usage() == null) {
                continue;
            }
            languages.computeIfAbsent(s.language(), k -> new LinkedHashMap<String, Object>());
            @SuppressWarnings("unchecked")
            Map<String, Object> tasks = (Map<String, Object>) languages.get(s.language());
            String task = "summary:" + s.kind();
            Usage before = (Usage) tasks.getOrDefault(task, Usage.NONE);
            tasks.put(task, before.plus(s.usage()));
            total = total.plus(s.usage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("version", r.version());
        out.put("languages", languages);
        out.put("total", total);
        return ApiResponse.json(200, out);
    }
}
