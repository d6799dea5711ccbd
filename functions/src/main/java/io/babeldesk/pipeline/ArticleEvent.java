package io.babeldesk.pipeline;

import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import io.babeldesk.translation.TranslationStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change of an article the publishing system hears about. {@link #type} is the EventBridge
 * detail-type; {@link #detail()} is the event's detail (fields that are null are left out), with
 * source {@value #SOURCE}. The schema is docs/events.schema.json.
 *
 * @param version the article version the change belongs to (null for a refused upload)
 * @param language the language of the result (null for a refused upload)
 * @param status the language's status after the change ({@code DONE}, {@code NEEDS_REVIEW},
 *        {@code FAILED}, {@code APPROVED}), a summary's ({@code DONE}, {@code FAILED}), or
 *        {@code REFUSED} for an upload
 * @param reason why (a failure, the checks that asked for review, an editor's note, a refusal's
 *        code and message)
 * @param url the API URL of the result (the path alone when the API's base URL is not configured)
 * @param requestId the editor's summary request (summary events), or the API request that made
 *        the change (editors' events)
 * @param at when the change was stored (ISO-8601 instant)
 */
public record ArticleEvent(String type, String articleId, String version, Language language, String status,
                           String reason, String url, String requestId, String at) {

    /** The source of every babeldesk event on the bus. */
    public static final String SOURCE = "babeldesk";

    public static final String TRANSLATION_READY = "Translation Ready";
    public static final String TRANSLATION_NEEDS_REVIEW = "Translation Needs Review";
    public static final String TRANSLATION_FAILED = "Translation Failed";
    public static final String TRANSLATION_APPROVED = "Translation Approved";
    public static final String TRANSLATION_SENT_BACK = "Translation Sent Back";
    public static final String TRANSLATION_EDITED = "Translation Edited";
    public static final String SUMMARY_READY = "Summary Ready";
    public static final String SUMMARY_FAILED = "Summary Failed";
    public static final String UPLOAD_REFUSED = "Upload Refused";

    /** Every detail-type, in the order the README lists them. */
    public static final List<String> TYPES = List.of(TRANSLATION_READY, TRANSLATION_NEEDS_REVIEW, TRANSLATION_FAILED,
            TRANSLATION_APPROVED, TRANSLATION_SENT_BACK, TRANSLATION_EDITED, SUMMARY_READY, SUMMARY_FAILED,
            UPLOAD_REFUSED);

    /** The metric counting events that could not be published. */
    public static final String NOT_PUBLISHED_METRIC = "EventsNotPublished";

    public ArticleEvent {
        if (type == null || !TYPES.contains(type)) {
            throw new IllegalArgumentException("not an article event type: " + type);
        }
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("an article event names its article");
        }
        if (at == null) {
            at = Instant.now().toString();
        }
    }

    // ---- translations (the pipeline) ----

    /**
     * The event of a stored result of one language: Ready for DONE, Needs Review for
     * NEEDS_REVIEW, Failed for FAILED.
     *
     * @throws IllegalArgumentException for PENDING, which is no result
     */
    public static ArticleEvent translation(String articleId, String version, Language language,
                                           TranslationStatus status, String reason, String url) {
        String type = switch (status) {
            case DONE -> TRANSLATION_READY;
            case NEEDS_REVIEW -> TRANSLATION_NEEDS_REVIEW;
            case FAILED -> TRANSLATION_FAILED;
            case APPROVED -> TRANSLATION_APPROVED;
            case PENDING -> throw new IllegalArgumentException("PENDING is not a result");
        };
        return new ArticleEvent(type, articleId, version, language, status.name(),
                status == TranslationStatus.DONE ? null : reason, url, null, null);
    }

    public static ArticleEvent ready(String articleId, String version, Language language, String url) {
        return translation(articleId, version, language, TranslationStatus.DONE, null, url);
    }

    public static ArticleEvent needsReview(String articleId, String version, Language language, String reason,
                                           String url) {
        return translation(articleId, version, language, TranslationStatus.NEEDS_REVIEW, reason, url);
    }

    public static ArticleEvent failed(String articleId, String version, Language language, String reason,
                                      String url) {
        return translation(articleId, version, language, TranslationStatus.FAILED, reason, url);
    }

    // ---- editors (the API) ----

    /** An editor approved a language of a version: status APPROVED. */
    public static ArticleEvent approved(String articleId, String version, Language language, String url) {
        return new ArticleEvent(TRANSLATION_APPROVED, articleId, version, language, TranslationStatus.APPROVED.name(),
                null, url, null, null);
    }

    /** An editor sent a language back for review: status NEEDS_REVIEW, with the editor's reason. */
    public static ArticleEvent sentBack(String articleId, String version, Language language, String reason,
                                        String url) {
        return new ArticleEvent(TRANSLATION_SENT_BACK, articleId, version, language,
                TranslationStatus.NEEDS_REVIEW.name(), reason, url, null, null);
    }

    /** An editor changed the text of a language; {@code status} is the language's status after the edit. */
    public static ArticleEvent edited(String articleId, String version, Language language, String status,
                                      String url) {
        return new ArticleEvent(TRANSLATION_EDITED, articleId, version, language, status, null, url, null, null);
    }

    /** The same event naming the API request that made the change. */
    public ArticleEvent withRequestId(String id) {
        return new ArticleEvent(type, articleId, version, language, status, reason, url, id, at);
    }

    // ---- editors' summaries ----

    public static ArticleEvent summaryReady(String articleId, String version, Language language, String requestId,
                                            String url) {
        return new ArticleEvent(SUMMARY_READY, articleId, version, language, "DONE", null, url, requestId, null);
    }

    /** A summary request's text is stored, but its checks flagged it: status NEEDS_REVIEW with the reasons. */
    public static ArticleEvent summaryNeedsReview(String articleId, String version, Language language,
                                                  String requestId, String reason, String url) {
        return new ArticleEvent(SUMMARY_READY, articleId, version, language, "NEEDS_REVIEW", reason, url, requestId,
                null);
    }

    public static ArticleEvent summaryFailed(String articleId, String version, Language language, String requestId,
                                             String reason, String url) {
        return new ArticleEvent(SUMMARY_FAILED, articleId, version, language, "FAILED", reason, url, requestId,
                null);
    }

    // ---- uploads ----

    /** An upload was refused: status REFUSED, reason "CODE: message" (the code as on GET /articles/{id}). */
    public static ArticleEvent uploadRefused(String articleId, String code, String message, String url) {
        return new ArticleEvent(UPLOAD_REFUSED, articleId, null, null, "REFUSED",
                message == null ? code : code + ": " + message, url, null, null);
    }

    // ---- URLs of results ----

    /** The API path of one language of an article. */
    public static String translationPath(String articleId, Language language) {
        return "/articles/" + articleId + "/" + language.code();
    }

    /** The API path of an editor's summary request. */
    public static String summaryPath(String articleId, String requestId) {
        return "/articles/" + articleId + "/summaries/" + requestId;
    }

    /** The API path of an article (metadata, statuses, its last refused upload). */
    public static String articlePath(String articleId) {
        return "/articles/" + articleId;
    }

    /** The API's base URL and a path; the path alone when the base URL is unknown (null or blank). */
    public static String url(String apiBaseUrl, String path) {
        if (apiBaseUrl == null || apiBaseUrl.isBlank()) {
            return path;
        }
        String base = apiBaseUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    // ---- the detail ----

    /** The EventBridge detail: the documented fields, nulls left out. */
    public Map<String, String> detail() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("articleId", articleId);
        putIfSet(d, "version", version);
        putIfSet(d, "language", language == null ? null : language.code());
        putIfSet(d, "status", status);
        putIfSet(d, "reason", reason);
        putIfSet(d, "url", url);
        putIfSet(d, "requestId", requestId);
        putIfSet(d, "at", at);
        return d;
    }

    /** {@link #detail()} as JSON text, the Detail of a PutEvents entry. */
    public String detailJson() {
        return Json.write(detail());
    }

    private static void putIfSet(Map<String, String> d, String key, String value) {
        if (value != null) {
            d.put(key, value);
        }
    }
}
