package io.babeldesk.summary;

import io.babeldesk.translation.Usage;

/** A summary as written by the model, with what it cost. */
public record Summary(SummaryRequest request, String text, String model, Usage usage) {
}
