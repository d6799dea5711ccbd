package io.babeldesk.translation;

/**
 * One failed quality check of a segment, with a reason an editor can read ("number 2,000 missing").
 *
 * @param hard whether the finding holds its language for review on its own (a changed or added
 *             number, a wrong language, an echo, a refusal, a reply cut short...); a soft one (a
 *             number perhaps written in words, a name perhaps translated, a length somewhat off)
 *             only counts against the article's budget of soft findings ({@link ReviewBudget})
 */
public record Finding(QualityFlag flag, String reason, boolean hard) {

    /** A finding with its check's usual weight ({@link QualityFlag#hardByDefault()}). */
    public Finding(QualityFlag flag, String reason) {
        this(flag, reason, flag.hardByDefault());
    }

    /** The same finding, soft. */
    Finding soft() {
        return hard ? new Finding(flag, reason, false) : this;
    }

    /** The same finding, hard. */
    Finding hardened() {
        return hard ? this : new Finding(flag, reason, true);
    }
}
