package io.babeldesk.pipeline;

import io.babeldesk.article.Article;
import io.babeldesk.article.Language;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where articles, their versions, per-language results and statuses, refusals and editors'
 * summaries are kept. Every write that belongs to a version holds only while that version is
 * still the article's current one, so late work for a superseded version never overwrites the
 * newer one; result writes are also fenced by the lease of the job that computed them.
 * Implementations must honour these conditions atomically (the contract tests check both the
 * DynamoDB and the in-memory adapters against the same cases).
 */
public interface ArticleStore {

    /**
     * Stores a new version of an article with every language PENDING. Returns false, writing
     * nothing visible, when this version is already the current one (a duplicate upload or event),
     * or when a newer upload of the same article already won.
     */
    boolean saveNewVersion(Article article, Instant uploadedAt);

    /** Records why an upload was refused; an accepted earlier version of the article stays as it is. */
    void recordRefusal(String articleId, String sourceKey, String code, String message, Instant at);

    /** The head of an article: metadata of its current version and every language's status. */
    Optional<ArticleRecord> find(String articleId);

    /** The cleaned source of one version. */
    Optional<Article> source(String articleId, String version);

    /** The latest stored result of one language, of whatever version wrote it last. */
    Optional<Translation> translation(String articleId, Language language);

    /**
     * Takes the lease on one language of an article version before its model calls, so that a
     * duplicate or concurrent delivery of the same job does not pay for the same calls twice. The
     * lease expires, so work whose invocation died is taken over once {@code ttl} has passed.
     *
     * @param redo take the lease even though a result for this version is stored (re-translation)
     */
    Claim claim(String articleId, Language language, String version, String owner, Duration ttl, boolean redo);

    /** Gives a lease back early (the work failed and will be retried); a no-op if it passed on. */
    void release(String articleId, Language language, String owner);

    /**
     * Stores a language's result, then its status. The result write holds only while {@code owner}
     * holds the lease on the language; the status write only while the result's version is current.
     * Returns false when either condition failed. A result whose status write was lost (the
     * invocation died between the two) is confirmed later with {@link #setStatus}.
     */
    boolean saveTranslation(String articleId, Translation translation, String owner);

    /** Sets one language's status for the current version (false when the version was superseded). */
    boolean setStatus(String articleId, String version, Language language, TranslationStatus status, String reason);

    /**
     * Articles newest first (by publication date, else upload time). With {@code statuses}, only
     * those where {@code language} (or, when it is null, any language) has one of these statuses.
     * Pages are filled up to {@code limit}.
     *
     * @param cursor the {@link Page#next()} of the previous page, or null for the first
     * @param statuses null for every article
     * @throws IllegalArgumentException when the cursor is not one this store gave out
     */
    Page<ArticleRecord> list(int limit, String cursor, Language language, Set<TranslationStatus> statuses);

    /**
     * One language's history, newest first, each entry {@link Revision#withoutText() without its
     * text} (a long history of long texts is read without fetching every text).
     */
    List<Revision> revisions(String articleId, Language language);

    /** The newest revision of a language's history (one read, however long the history). */
    Optional<Revision> latestRevision(String articleId, Language language);

    /** One revision of a language's history, whole. */
    Optional<Revision> revision(String articleId, Language language, int number);

    /**
     * An editor's change: records {@code revisions} and makes {@code head} the language's stored
     * text and status, all or nothing. Holds only while none of the revision numbers is taken
     * (nobody else changed the language meanwhile) and {@code head}'s version is still the
     * article's current one; returns false, writing nothing, otherwise.
     */
    boolean saveRevisions(String articleId, Translation head, List<Revision> revisions);

    /** One editor summary request. */
    Optional<StoredSummary> summary(String articleId, String requestId);

    /** Every editor summary request of an article. */
    List<StoredSummary> summaries(String articleId);

    /** Stores an editor summary request, or its result (the latest write wins). */
    void saveSummary(StoredSummary summary);
}
