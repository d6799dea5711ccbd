package io.babeldesk.summary;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import java.util.ArrayList;
import java.util.List;

/** Writes summaries of an article through the configured model. */
public final class Summarizer {
    private final SummaryModel model;
    private final String modelId;

    public Summarizer(SummaryModel model, String modelId) {
        this.model = model;
        this.modelId = modelId;
    }

    public Summary summarize(Article article, SummaryRequest request) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title() == null ? "" : article.title());
        article.blocks().stream().map(Block::text).forEach(texts::add);
        int maxOutputTokens = 64 + request.effectiveMaxWords() * 6;
        SummaryModel.Written written = model.summarize(article.sourceLanguage(), texts, request, maxOutputTokens);
        return new Summary(request, written.text().strip(), modelId, written.usage());
    }
}
