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
import io.babeldesk.pipeline.Work;
import io.babeldesk.summary.SummaryKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Editors' summary requests: asked for once per article version and parameters, answered from the queue. */
final class SummaryRoutes {
    private final ArticleStore store;
    private final JobQueue queue;

    SummaryRoutes(ArticleStore store, JobQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    ApiResponse requestSummary(String id, ApiRequest request) {
        JsonNode body = jsonBody(request, Set.of("language", "kind", "maxWords", "focus"));
        ArticleRecord r = StoredArticles.accepted(store, id);
        Language language = body.hasNonNull("language") ? language(body.get("language").asText()) : r.sourceLanguage();
        SummaryKind kind = SummaryKind.fromWireName(body.path("kind").asText("short")).orElseThrow(() ->
                new ApiProblem(400, "INVALID_KIND", "kind must be one of headline, short, medium, bullets, social"));
        Integer maxWords = null;
        if (body.hasNonNull("maxWords")) {
            if (!body.get("maxWords").canConvertToInt() || body.get("maxWords").asInt() < 5
                    || body.get("maxWords").asInt() > 500) {
                throw new ApiProblem(400, "INVALID_MAX_WORDS", "maxWords must be a whole number from 5 to 500");
            }
            maxWords = body.get("maxWords").asInt();
        }
        String focus = null;
        if (body.hasNonNull("focus")) {
            if (!body.get("focus").isTextual() || body.get("focus").asText().length() > 200) {
                throw new ApiProblem(400, "INVALID_FOCUS", "focus must be text of at most 200 characters");
            }
            focus = body.get("focus").asText().strip();
        }
        String requestId = Work.summaryRequestId(id, r.version(), language, kind, maxWords, focus);
        Optional<StoredSummary> existing = store.summary(id, requestId);
        String location = "/articles/" + id + "/summaries/" + requestId;
        if (existing.isPresent() && !"FAILED".equals(existing.get().status())) {
            return ApiResponse.json("PENDING".equals(existing.get().status()) ? 202 : 200, existing.get())
                    .withHeader("Location", location);
        }
        StoredSummary pending = new StoredSummary(requestId, id, r.version(), language.code(), kind.wireName(),
                maxWords, focus, "PENDING", null, null, null, null, Instant.now().toString());
        store.saveSummary(pending);
        queue.send(List.of(Job.summaryRequest(id, r.version(), language, requestId)));
        return ApiResponse.json(202, pending).withHeader("Location", location);
    }

    ApiResponse getSummary(String id, String requestId) {
        if (!requestId.matches("[0-9a-f]{24}")) {
            throw new ApiProblem(400, "INVALID_REQUEST_ID", "not a summary request id: " + requestId);
        }
        StoredSummary s = store.summary(id, requestId).orElseThrow(() ->
                new ApiProblem(404, "SUMMARY_NOT_FOUND", "no summary request " + requestId + " for article " + id));
        return ApiResponse.json(200, s);
    }
}
