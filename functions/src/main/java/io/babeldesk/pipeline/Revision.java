package io.babeldesk.pipeline;

import io.babeldesk.article.Block;
import io.babeldesk.article.Language;
import io.babeldesk.translation.TranslationStatus;
import java.util.List;

/**
 * One entry of a language's history: the text as it stood after a change, who made the change,
 * when and why. Revisions are numbered from 1 per article and language and never rewritten.
 *
 * @param action {@link #MACHINE} (the text as the model and checks left it, recorded when an editor
 *     first changes it), {@link #EDIT}, {@link #APPROVE} or {@link #SEND_BACK}
 * @param editor who made the change: the editor's identity, or the model's id for MACHINE
 * @param status the language's status after the change
 */
public record Revision(int number, String articleVersion, Language language, String action, String editor,
                       String comment, String at, TranslationStatus status, String title, List<Block> blocks,
                       String summary) {
    public static final String MACHINE = "machine";
    public static final String EDIT = "edit";
    public static final String APPROVE = "approve";
    public static final String SEND_BACK = "send-back";

    public Revision {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** This entry as the history lists it: who, when, why and the status, without the text. */
    public Revision withoutText() {
        return new Revision(number, articleVersion, language, action, editor, comment, at, status, null, List.of(),
                null);
    }
}
