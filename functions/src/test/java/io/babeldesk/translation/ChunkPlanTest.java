package io.babeldesk.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPlanTest {
    private static final EngineLimits LIMITS = new EngineLimits(32, 64, 4000, 1500);

    private static Article longArticle(int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            blocks.add(Block.paragraph(("Paragraph " + i + " reports what the ministry said about the border talks, "
                    + "the aid convoy and the budget. ").repeat(6)));
        }
        return new Article("long", "v1", "A long report", null, null, null, null, Language.EN, 1, blocks, null);
    }

    private static ChunkPlan plan(Article article, Language target, EngineLimits limits) {
        return EngineFixtures.engine(ScriptedChatModel.perSegment((t, s) -> s), new InMemoryTranslationMemory(), limits)
                .plan(article, "A summary.", target);
    }

    @Test
    void armenianOutputIsPlannedInMoreChunksThanRussian() {
        Article article = longArticle(200);
        ChunkPlan hy = plan(article, Language.HY, LIMITS);
        ChunkPlan ru = plan(article, Language.RU, LIMITS);
        assertTrue(hy.chunks().size() > ru.chunks().size(), hy.chunks().size() + " vs " + ru.chunks().size());
        assertTrue(hy.estimatedOutputTokens() > 3 * ru.estimatedOutputTokens());
    }

    @Test
    void chunksStayWithinTheBudgetAndCoverEverySegmentInOrder() {
        Article article = longArticle(200);
        for (Language target : Language.EN.others()) {
            ChunkPlan plan = plan(article, target, LIMITS);
            List<Integer> order = plan.chunks().stream().flatMap(c -> c.segments().stream()).map(Segment::index).toList();
            assertEquals(article.blocks().size() + 2, order.size());
            for (int i = 0; i < order.size(); i++) {
                assertEquals(i, order.get(i));
            }
            assertTrue(plan.longestChunkTokens() <= LIMITS.maxChunkOutputTokens(), target + ": " + plan.longestChunkTokens());
        }
    }

    @Test
    void chunksAreBalancedSoTheLongestIsCloseToTheAverage() {
        ChunkPlan plan = plan(longArticle(120), Language.HY, LIMITS);
        double average = (double) plan.estimatedOutputTokens() / plan.chunks().size();
        assertTrue(plan.longestChunkTokens() < average * 1.3, plan.longestChunkTokens() + " vs " + average);
    }

    @Test
    void shortArticleIsNotSplitBelowTheMinimumWorthACall() {
        ChunkPlan plan = plan(HandTranslations.article(Language.EN), Language.RU, LIMITS);
        assertEquals(1, plan.chunks().size());
    }

    @Test
    void workIsSpreadOverTheAllowedParallelism() {
        EngineLimits limits = new EngineLimits(4, 64, 100_000, 100);
        ChunkPlan plan = plan(longArticle(40), Language.RU, limits);
        assertEquals(4, plan.chunks().size());
    }
}
