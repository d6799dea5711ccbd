package io.babeldesk.translation;

/** One failed quality check of a segment, with a reason an editor can read ("number 2,000 missing"). */
public record Finding(QualityFlag flag, String reason) {
}
