package io.babeldesk.summary;

import io.babeldesk.article.Article;
import io.babeldesk.article.Block;
import io.babeldesk.translation.Finding;
import io.babeldesk.translation.TranslationStatus;
import java.util.ArrayList;
import java.util.List;

/** Writes summaries of an article through the configured model and checks each ({@link SummaryGate}). */
public final class Summarizer {
    private final SummaryModel model;
    private final String modelId;
    private final SummaryGate gate;

    public Summarizer(SummaryModel model, String modelId, SummaryGate gate) {
        this.model = model;
        this.modelId = modelId;
        this.gate = gate;
    }

    public Summary summarize(Article article, SummaryRequest request) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title() == null ? "" : article.title());
        article.blocks().stream().map(Block::text).forEach(texts::add);
        int maxOutputTokens = 64 + request.effectiveMaxWords() * 6;
        SummaryModel.Written written = model.summarize(article.sourceLanguage(), texts, request, maxOutputTokens);
        if (written.text() == null) {
            throw new IllegalStateException("the model's reply held no summary");
        }
        String text = written.text().strip();
        List<Finding> findings = gate.findings(article, request, text, written.truncated());
        return new Summary(request, text, modelId, written.usage(),
                findings.isEmpty() ? TranslationStatus.DONE : TranslationStatus.NEEDS_REVIEW, findings);
    }
}
