package io.babeldesk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.BlockType;
import io.babeldesk.article.Language;
import io.babeldesk.translation.Translation;
import io.babeldesk.translation.TranslationStatus;
import io.babeldesk.translation.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleStore} must do: version ordering, lease fencing of result writes,
 * statuses that belong to the current version, refusals, listing and summaries. The DynamoDB
 * adapter (on moto_server) and the in-memory one run these same cases, so they cannot drift.
 */
public abstract class ArticleStoreContract {
    public static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    protected ArticleStore store;

    /** A store with nothing in it (the listing cases see only their own articles). */
    protected abstract ArticleStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void aVersionIsStoredOnceAndAnOlderUploadNeverReplacesANewerOne() {
        String id = newId();
        assertTrue(store.saveNewVersion(article(id, "v1"), T0));
        assertFalse(store.saveNewVersion(article(id, "v1"), T0.plusSeconds(5)), "the same version again");
        assertTrue(store.saveNewVersion(article(id, "v2"), T0.plusSeconds(10)));
        assertFalse(store.saveNewVersion(article(id, "v0"), T0.plusSeconds(1)), "an older upload arriving late");
        ArticleRecord head = store.find(id).orElseThrow();
        assertEquals("v2", head.version());
        assertEquals("Title v2", head.title());
        assertEquals(Language.EN, head.sourceLanguage());
        assertEquals("Title v2", store.source(id, "v2").orElseThrow().title());
        assertEquals("Title v1", store.source(id, "v1").orElseThrow().title(), "an old version's source stays readable");
    }

    @Test
    void aNewVersionStartsWithEveryLanguagePending() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        ArticleRecord head = store.find(id).orElseThrow();
        assertEquals(List.of(Language.values()), List.copyOf(head.languages().keySet()));
        head.languages().values().forEach(s -> assertEquals(TranslationStatus.PENDING, s.status()));
        assertTrue(store.translation(id, Language.RU).isEmpty());
        assertTrue(store.find("no-such-article").isEmpty());
        assertTrue(store.source(id, "v9").isEmpty());
    }

    @Test
    void aResultIsWrittenOnlyByTheHolderOfTheLease() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        assertEquals(Claim.CLAIMED, store.claim(id, Language.RU, "v1", "old", LEASE, false));
        // a newer upload arrives while "old" translates v1; the new version's job takes the lease
        store.saveNewVersion(article(id, "v2"), T0.plusSeconds(10));
        assertEquals(Claim.CLAIMED, store.claim(id, Language.RU, "v2", "new", LEASE, false));

        assertTrue(store.saveTranslation(id, result(Language.RU, "v2"), "new"));
        assertFalse(store.saveTranslation(id, result(Language.RU, "v1"), "old"), "the superseded invocation");
        assertFalse(store.saveTranslation(id, result(Language.RU, "v2"), "nobody"), "a write without the lease");

        assertEquals("v2", store.translation(id, Language.RU).orElseThrow().articleVersion());
        assertEquals(TranslationStatus.DONE, store.find(id).orElseThrow().languages().get(Language.RU).status());
        assertEquals(Claim.ALREADY_DONE, store.claim(id, Language.RU, "v2", "late", LEASE, false));
    }

    @Test
    void aResultOfASupersededVersionLeavesTheCurrentStatusAlone() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        assertEquals(Claim.CLAIMED, store.claim(id, Language.HY, "v1", "old", LEASE, false));
        store.saveNewVersion(article(id, "v2"), T0.plusSeconds(10));

        // "old" still holds its lease, so its result is written, but the status belongs to v2
        assertFalse(store.saveTranslation(id, result(Language.HY, "v1"), "old"));
        assertEquals(TranslationStatus.PENDING, store.find(id).orElseThrow().languages().get(Language.HY).status());
        assertFalse(store.setStatus(id, "v1", Language.HY, TranslationStatus.DONE, null));
        // and the new version's job is not mistaken for finished
        assertEquals(Claim.CLAIMED, store.claim(id, Language.HY, "v2", "new", LEASE, false));
    }

    @Test
    void aDuplicateDeliveryBacksOffWhileTheLeaseIsHeldAndFindsTheResultAfter() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        assertEquals(Claim.CLAIMED, store.claim(id, Language.AZ, "v1", "first", LEASE, false));
        assertEquals(Claim.HELD_ELSEWHERE, store.claim(id, Language.AZ, "v1", "second", LEASE, false));
        assertEquals(Claim.CLAIMED, store.claim(id, Language.AZ, "v1", "first", LEASE, false),
                "the holder may claim again (a retry inside the same invocation)");
        assertTrue(store.translation(id, Language.AZ).isEmpty(), "a lease alone is no result");

        assertTrue(store.saveTranslation(id, result(Language.AZ, "v1"), "first"));
        assertEquals(Claim.ALREADY_DONE, store.claim(id, Language.AZ, "v1", "second", LEASE, false));
    }

    @Test
    void aResultIsWrittenOnceEvenWhenItsWriterRetries() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        store.claim(id, Language.RU, "v1", "me", LEASE, false);
        assertTrue(store.saveTranslation(id, result(Language.RU, "v1"), "me"));
        Translation changed = new Translation(Language.RU, "v1", TranslationStatus.NEEDS_REVIEW, "Other",
                List.of(), null, "test-model", Usage.NONE, List.of("X"), "x");
        assertFalse(store.saveTranslation(id, changed, "me"), "the lease ended with the first result");
        assertEquals("Title v1", store.translation(id, Language.RU).orElseThrow().title());
        assertEquals(TranslationStatus.DONE, store.find(id).orElseThrow().languages().get(Language.RU).status());
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsFormerHolderCannotWrite() throws InterruptedException {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        assertEquals(Claim.CLAIMED, store.claim(id, Language.RU, "v1", "died", Duration.ofMillis(1), false));
        Thread.sleep(20);
        assertEquals(Claim.CLAIMED, store.claim(id, Language.RU, "v1", "heir", LEASE, false));
        assertFalse(store.saveTranslation(id, result(Language.RU, "v1"), "died"));
        assertTrue(store.saveTranslation(id, result(Language.RU, "v1"), "heir"));
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndOnlyItsHolderCanReleaseIt() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        store.claim(id, Language.HY, "v1", "holder", LEASE, false);
        store.release(id, Language.HY, "someone-else");
        assertEquals(Claim.HELD_ELSEWHERE, store.claim(id, Language.HY, "v1", "retry", LEASE, false));
        store.release(id, Language.HY, "holder");
        assertEquals(Claim.CLAIMED, store.claim(id, Language.HY, "v1", "retry", LEASE, false));
        store.release(id, Language.EN, "nobody");
    }

    @Test
    void aRedoTakesTheLeaseOfAFinishedLanguageButNotAHeldOne() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        store.claim(id, Language.RU, "v1", "first", LEASE, false);
        store.saveTranslation(id, result(Language.RU, "v1"), "first");
        assertEquals(Claim.CLAIMED, store.claim(id, Language.RU, "v1", "redo", LEASE, true));
        assertEquals(Claim.HELD_ELSEWHERE, store.claim(id, Language.RU, "v1", "another-redo", LEASE, true));
        assertEquals("Title v1", store.translation(id, Language.RU).orElseThrow().title(),
                "the stored result stays readable while it is redone");
        assertTrue(store.saveTranslation(id, result(Language.RU, "v1"), "redo"));
    }

    @Test
    protected void concurrentClaimsLetExactlyOneIn() throws Exception {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Claim>> claims = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            String owner = "worker-" + i;
            claims.add(pool.submit(() -> {
                start.await();
                return store.claim(id, Language.RU, "v1", owner, LEASE, false);
            }));
        }
        start.countDown();
        int claimed = 0;
        for (Future<Claim> f : claims) {
            claimed += f.get() == Claim.CLAIMED ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, claimed);
    }

    @Test
    void aRefusalIsRecordedBesideAnAcceptedVersionWithoutReplacingIt() {
        String accepted = newId();
        store.saveNewVersion(article(accepted, "v1"), T0);
        store.recordRefusal(accepted, "incoming/a.pdf", "UNSUPPORTED_FORMAT", "a PDF", T0.plusSeconds(5));
        ArticleRecord head = store.find(accepted).orElseThrow();
        assertEquals("v1", head.version());
        assertEquals("UNSUPPORTED_FORMAT", head.refusal().code());
        assertEquals("incoming/a.pdf", head.refusal().sourceKey());

        String refused = newId();
        store.recordRefusal(refused, "incoming/b.txt", "EMPTY", "no text", T0);
        ArticleRecord only = store.find(refused).orElseThrow();
        assertNull(only.version());
        assertEquals("EMPTY", only.refusal().code());
        // a later good upload of the refused article is accepted
        assertTrue(store.saveNewVersion(article(refused, "v1"), T0.plusSeconds(60)));
        assertEquals("v1", store.find(refused).orElseThrow().version());
    }

    @Test
    void theListingIsNewestFirstInPagesAndFiltersByADoneLanguage() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = "list-" + i;
            store.saveNewVersion(article(id, "v1"), T0.plusSeconds(i));
            newestFirst.add(0, id);
        }
        store.recordRefusal("list-refused", "incoming/x.bin", "UNSUPPORTED_FORMAT", "bytes", T0.plusSeconds(100));
        newestFirst.add(0, "list-refused");
        for (String id : List.of("list-2", "list-5")) {
            store.claim(id, Language.HY, "v1", "me", LEASE, false);
            store.saveTranslation(id, result(Language.HY, "v1"), "me");
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<ArticleRecord> page = store.list(3, cursor, null, null);
            assertTrue(page.items().size() <= 3);
            page.items().forEach(r -> seen.add(r.id()));
            cursor = page.next();
        } while (cursor != null);
        assertEquals(newestFirst, seen);

        List<String> doneInHy = new ArrayList<>();
        cursor = null;
        do {
            Page<ArticleRecord> page = store.list(1, cursor, Language.HY, Set.of(TranslationStatus.DONE));
            page.items().forEach(r -> doneInHy.add(r.id()));
            cursor = page.next();
        } while (cursor != null);
        assertEquals(List.of("list-5", "list-2"), doneInHy);

        store.claim("list-3", Language.RU, "v1", "me", LEASE, false);
        store.saveTranslation("list-3", needsReview(Language.RU, "v1"), "me");
        Set<TranslationStatus> review = Set.of(TranslationStatus.NEEDS_REVIEW);
        assertEquals(List.of("list-3"), store.list(10, null, null, review).items().stream().map(ArticleRecord::id).toList());
        assertEquals(List.of("list-3"), store.list(10, null, Language.RU, review).items().stream().map(ArticleRecord::id).toList());
        assertEquals(List.of(), store.list(10, null, Language.HY, review).items());
    }

    @Test
    void anEditorsChangeIsRecordedWithItsRevisionsOrNotAtAll() {
        String id = newId();
        store.saveNewVersion(article(id, "v1"), T0);
        store.claim(id, Language.RU, "v1", "me", LEASE, false);
        store.saveTranslation(id, needsReview(Language.RU, "v1"), "me");
        Translation machine = store.translation(id, Language.RU).orElseThrow();
        Translation edited = new Translation(Language.RU, "v1", TranslationStatus.NEEDS_REVIEW, "Edited",
                machine.blocks(), null, "test-model", Usage.NONE, List.of(), null);
        Revision first = revision(1, "v1", Revision.MACHINE, machine);
        Revision second = revision(2, "v1", Revision.EDIT, edited);

        assertTrue(store.saveRevisions(id, edited, List.of(first, second)));
        assertEquals("Edited", store.translation(id, Language.RU).orElseThrow().title());
        assertEquals(List.of(second.withoutText(), first.withoutText()), store.revisions(id, Language.RU),
                "the history lists who, when, why and the status of each change, without the texts");
        assertNull(store.revisions(id, Language.RU).get(0).title());
        assertEquals(second, store.revision(id, Language.RU, 2).orElseThrow());
        assertTrue(store.revision(id, Language.RU, 3).isEmpty());
        assertEquals(second, store.latestRevision(id, Language.RU).orElseThrow());
        assertTrue(store.revisions(id, Language.HY).isEmpty());
        assertTrue(store.latestRevision(id, Language.HY).isEmpty());

        // someone else took number 2 meanwhile: nothing of this change is written
        Translation approved = new Translation(Language.RU, "v1", TranslationStatus.APPROVED, "Other",
                machine.blocks(), null, "test-model", Usage.NONE, List.of(), null);
        assertFalse(store.saveRevisions(id, approved, List.of(revision(2, "v1", Revision.APPROVE, approved))));
        assertEquals("Edited", store.translation(id, Language.RU).orElseThrow().title());
        assertEquals(TranslationStatus.NEEDS_REVIEW, store.find(id).orElseThrow().languages().get(Language.RU).status());

        assertTrue(store.saveRevisions(id, approved, List.of(revision(3, "v1", Revision.APPROVE, approved))));
        assertEquals(TranslationStatus.APPROVED, store.find(id).orElseThrow().languages().get(Language.RU).status());
        assertEquals(TranslationStatus.APPROVED, store.translation(id, Language.RU).orElseThrow().status());

        // a newer upload supersedes the version: an edit of the old one is refused
        store.saveNewVersion(article(id, "v2"), T0.plusSeconds(5));
        assertFalse(store.saveRevisions(id, edited, List.of(revision(4, "v1", Revision.EDIT, edited))));
        assertEquals(List.of(3, 2, 1), store.revisions(id, Language.RU).stream().map(Revision::number).toList());
        assertEquals(3, store.latestRevision(id, Language.RU).orElseThrow().number());
    }

    private static Revision revision(int number, String version, String action, Translation t) {
        return new Revision(number, version, t.language(), action, "editor@example.com", "comment " + number,
                T0.plusSeconds(number).toString(), t.status(), t.title(), t.blocks(), t.summary());
    }

    private static Translation needsReview(Language language, String version) {
        return new Translation(language, version, TranslationStatus.NEEDS_REVIEW, "Title " + version,
                List.of(new Block(BlockType.PARAGRAPH, "Text " + version)), null, "test-model", Usage.NONE,
                List.of("MISSING_NUMBER"), "quality checks failed: MISSING_NUMBER (block 1)");
    }

    @Test
    void aCursorThatTheStoreDidNotGiveOutIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> store.list(5, "not-a-cursor", null, null));
        assertThrows(IllegalArgumentException.class, () -> store.list(5, "eyJhIjoiYiJ9", null, null));
    }

    @Test
    void summaryRequestsAreKeptPerArticleAndTheLatestWriteWins() {
        String id = newId();
        StoredSummary pending = summary(id, "aaa", "PENDING", null);
        store.saveSummary(pending);
        store.saveSummary(summary(id, "bbb", "PENDING", null));
        store.saveSummary(summary(newId(), "ccc", "PENDING", null));
        assertEquals(pending, store.summary(id, "aaa").orElseThrow());
        store.saveSummary(summary(id, "aaa", "DONE", "A short text."));
        assertEquals("A short text.", store.summary(id, "aaa").orElseThrow().text());
        assertEquals(List.of("aaa", "bbb"), store.summaries(id).stream().map(StoredSummary::requestId).toList());
        assertTrue(store.summary(id, "zzz").isEmpty());
        assertTrue(store.summaries(newId()).isEmpty());
    }

    protected static String newId() {
        return "article-" + UUID.randomUUID();
    }

    public static Article article(String id, String version) {
        return new Article(id, version, "Title " + version, null, null, null, null, Language.EN, 0.99,
                List.of(new Block(BlockType.PARAGRAPH, "Text of " + version)), "incoming/" + id + ".txt");
    }

    public static Translation result(Language language, String version) {
        return new Translation(language, version, TranslationStatus.DONE, "Title " + version,
                List.of(new Block(BlockType.PARAGRAPH, "Text " + version)), null, "test-model", Usage.NONE,
                List.of(), null);
    }

    private static StoredSummary summary(String articleId, String requestId, String status, String text) {
        return new StoredSummary(requestId, articleId, "v1", "en", "short", null, null, status, text,
                text == null ? null : "test-model", text == null ? null : new Usage(1, 10, 5), null,
                T0.toString());
    }
}
