package io.babeldesk.store.memory;

import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import io.babeldesk.pipeline.ArticleRecord;
import io.babeldesk.pipeline.ArticleStore;
import io.babeldesk.pipeline.Claim;
import io.babeldesk.pipeline.LanguageState;
import io.babeldesk.pipeline.Page;
import io.babeldesk.pipeline.Revision;
import io.babeldesk.pipeline.StoredSummary;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The article store in memory, for tests of the flow, the API and the handlers without DynamoDB.
 * Every method holds one lock, so each is atomic like one conditional write; the conditions are
 * those of DynamoArticleStore's condition expressions, item for item (the same contract tests run
 * against both).
 */
public final class InMemoryArticleStore implements ArticleStore {
    private static final String CURSOR_PREFIX = "mem:";

    /** The META item of an article. */
    private static final class Head {
        String id;
        String version;
        Article article;
        String uploadedAt;
        String listingKey;
        Map<Language, LanguageState> languages = new EnumMap<>(Language.class);
        ArticleRecord.Refusal refusal;
    }

    /** The TRANSLATION#&lt;lang&gt; item: a result and the lease on the language. */
    private static final class ResultItem {
        String version;
        TranslationStatus status;
        Translation translation;
        String leaseVersion;
        String leaseOwner;
        long leaseUntil;
    }

    private final Map<String, Head> heads = new HashMap<>();
    private final Map<String, Article> sources = new HashMap<>();
    private final Map<String, ResultItem> results = new HashMap<>();
    private final Map<String, TreeMap<String, StoredSummary>> summaries = new HashMap<>();
    private final Map<String, TreeMap<Integer, Revision>> revisions = new HashMap<>();

    @Override
    public synchronized boolean saveNewVersion(Article article, Instant uploadedAt) {
        sources.put(article.id() + "#" + article.version(), article);
        Head old = heads.get(article.id());
        boolean wins = old == null || old.version == null
                || (!old.version.equals(article.version()) && old.uploadedAt.compareTo(uploadedAt.toString()) <= 0);
        if (!wins) {
            return false;
        }
        // like a put of META: the whole head is replaced, an earlier refusal with it
        Head head = new Head();
        head.id = article.id();
        head.version = article.version();
        head.article = article;
        head.uploadedAt = uploadedAt.toString();
        head.listingKey = ArticleRecord.listingKey(article.publishedAt(), uploadedAt, article.id());
        String now = Instant.now().toString();
        for (Language l : Language.values()) {
            head.languages.put(l, new LanguageState(TranslationStatus.PENDING, null, now));
        }
        heads.put(article.id(), head);
        return true;
    }

    @Override
    public synchronized void recordRefusal(String articleId, String sourceKey, String code, String message,
                                           Instant at) {
        Head head = heads.computeIfAbsent(articleId, id -> new Head());
        head.id = articleId;
        head.refusal = new ArticleRecord.Refusal(code, message, sourceKey, at.toString());
        if (head.listingKey == null) {
            head.listingKey = ArticleRecord.listingKey(null, at, articleId);
        }
        if (head.uploadedAt == null) {
            head.uploadedAt = at.toString();
        }
    }

    @Override
    public synchronized Optional<ArticleRecord> find(String articleId) {
        return Optional.ofNullable(heads.get(articleId)).map(InMemoryArticleStore::record);
    }

    private static ArticleRecord record(Head h) {
        Article a = h.article;
        return new ArticleRecord(h.id, h.version, a == null ? null : a.title(), a == null ? null : a.byline(),
                a == null ? null : a.publishedAt(), a == null ? null : a.siteName(), a == null ? null : a.sourceUrl(),
                a == null ? null : a.sourceLanguage(), a == null ? 0 : a.languageConfidence(),
                a == null ? null : a.sourceKey(), h.uploadedAt, new EnumMap<>(h.languages), h.refusal);
    }

    @Override
    public synchronized Optional<Article> source(String articleId, String version) {
        return Optional.ofNullable(sources.get(articleId + "#" + version));
    }

    @Override
    public synchronized Optional<Translation> translation(String articleId, Language language) {
        return Optional.ofNullable(results.get(resultKey(articleId, language))).map(r -> r.translation);
    }

    @Override
    public synchronized Claim claim(String articleId, Language language, String version, String owner, Duration ttl,
                                    boolean redo) {
        long now = Instant.now().toEpochMilli();
        ResultItem item = results.get(resultKey(articleId, language));
        boolean free = item == null || item.leaseVersion == null || !item.leaseVersion.equals(version)
                || item.leaseUntil < now || owner.equals(item.leaseOwner);
        boolean open = item == null || item.version == null || !item.version.equals(version)
                || item.status == TranslationStatus.PENDING;
        if (free && (redo || open)) {
            ResultItem held = item == null ? new ResultItem() : item;
            held.leaseVersion = version;
            held.leaseOwner = owner;
            held.leaseUntil = now + ttl.toMillis();
            results.put(resultKey(articleId, language), held);
            return Claim.CLAIMED;
        }
        boolean done = !redo && item != null && version.equals(item.version) && item.status != null
                && item.status != TranslationStatus.PENDING;
        return done ? Claim.ALREADY_DONE : Claim.HELD_ELSEWHERE;
    }

    @Override
    public synchronized void release(String articleId, Language language, String owner) {
        ResultItem item = results.get(resultKey(articleId, language));
        if (item != null && owner.equals(item.leaseOwner)) {
            item.leaseVersion = null;
            item.leaseOwner = null;
            item.leaseUntil = 0;
        }
    }

    @Override
    public synchronized boolean saveTranslation(String articleId, Translation translation, String owner) {
        ResultItem item = results.get(resultKey(articleId, translation.language()));
        if (item == null || !owner.equals(item.leaseOwner)) {
            return false;
        }
        // like a put of the item: the result replaces it, and the lease ends with it
        ResultItem stored = new ResultItem();
        stored.version = translation.articleVersion();
        stored.status = translation.status();
        stored.translation = translation;
        results.put(resultKey(articleId, translation.language()), stored);
        return setStatus(articleId, translation.articleVersion(), translation.language(), translation.status(),
                translation.reason());
    }

    @Override
    public synchronized boolean setStatus(String articleId, String version, Language language,
                                          TranslationStatus status, String reason) {
        Head head = heads.get(articleId);
        if (head == null || !Objects.equals(head.version, version)) {
            return false;
        }
        head.languages.put(language, new LanguageState(status, reason, Instant.now().toString()));
        return true;
    }

    @Override
    public synchronized Page<ArticleRecord> list(int limit, String cursor, Language language,
                                                 Set<TranslationStatus> statuses) {
        String after = cursor == null ? null : decodeCursor(cursor);
        List<Head> ordered = heads.values().stream()
                .sorted(Comparator.comparing((Head h) -> h.listingKey).reversed())
                .filter(h -> after == null || h.listingKey.compareTo(after) < 0)
                .toList();
        List<ArticleRecord> items = new ArrayList<>();
        String last = null;
        for (Head h : ordered) {
            if (items.size() == limit) {
                break;
            }
            last = h.listingKey;
            boolean wanted = statuses == null || h.languages.entrySet().stream()
                    .anyMatch(e -> (language == null || e.getKey() == language) && statuses.contains(e.getValue().status()));
            if (wanted) {
                items.add(record(h));
            }
        }
        boolean more = last != null && !ordered.get(ordered.size() - 1).listingKey.equals(last);
        return new Page<>(items, more ? encodeCursor(last) : null);
    }

    private static String encodeCursor(String listingKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + listingKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            plain = "";
        }
        if (!plain.startsWith(CURSOR_PREFIX)) {
            throw new IllegalArgumentException("cursor is not one this API gave out");
        }
        return plain.substring(CURSOR_PREFIX.length());
    }

    @Override
    public synchronized Optional<StoredSummary> summary(String articleId, String requestId) {
        return Optional.ofNullable(summaries.getOrDefault(articleId, new TreeMap<>()).get(requestId));
    }

    @Override
    public synchronized List<StoredSummary> summaries(String articleId) {
        return List.copyOf(summaries.getOrDefault(articleId, new TreeMap<>()).values());
    }

    @Override
    public synchronized void saveSummary(StoredSummary summary) {
        summaries.computeIfAbsent(summary.articleId(), id -> new TreeMap<>()).put(summary.requestId(), summary);
    }

    @Override
    public synchronized List<Revision> revisions(String articleId, Language language) {
        return revisions.getOrDefault(resultKey(articleId, language), new TreeMap<>()).descendingMap().values()
                .stream().map(Revision::withoutText).toList();
    }

    @Override
    public synchronized Optional<Revision> latestRevision(String articleId, Language language) {
        var history = revisions.get(resultKey(articleId, language));
        return history == null || history.isEmpty() ? Optional.empty() : Optional.of(history.lastEntry().getValue());
    }

    @Override
    public synchronized Optional<Revision> revision(String articleId, Language language, int number) {
        return Optional.ofNullable(revisions.getOrDefault(resultKey(articleId, language), new TreeMap<>()).get(number));
    }

    @Override
    public synchronized boolean saveRevisions(String articleId, Translation head, List<Revision> changes) {
        // the conditions of the transaction: every revision number free, the version current in both items
        TreeMap<Integer, Revision> history = revisions.computeIfAbsent(resultKey(articleId, head.language()),
                k -> new TreeMap<>());
        ResultItem item = results.get(resultKey(articleId, head.language()));
        Head h = heads.get(articleId);
        if (changes.stream().anyMatch(r -> history.containsKey(r.number()))
                || item == null || !head.articleVersion().equals(item.version)
                || h == null || !head.articleVersion().equals(h.version)) {
            return false;
        }
        changes.forEach(r -> history.put(r.number(), r));
        item.status = head.status();
        item.translation = head;
        return setStatus(articleId, head.articleVersion(), head.language(), head.status(), head.reason());
    }

    private static String resultKey(String articleId, Language language) {
        return articleId + "#" + language.code();
    }
}
