package io.babeldesk.translation;

import io.babeldesk.article.Language;
import io.babeldesk.glossary.GlossaryEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The model call translation needs: one chunk's segments in, the same segments translated out.
 * How the request is worded and carried is the implementation's business ({@code llm}).
 */
public interface TranslationModel {
    /**
     * Translates one chunk.
     *
     * @throws Failure when the model gave no reply (its own retries, if any, are spent)
     */
    Reply translate(Request request);

    /**
     * One chunk to translate.
     *
     * @param segments source texts, in reading order
     * @param terms glossary entries the segments mention, to be rendered the house way
     * @param title the article's title, as context only (null when the chunk holds it or there is none)
     * @param previous the block before the chunk, as context only (null when there is none)
     * @param failedChecks what the previous answer for these segments got wrong; empty on a first attempt
     * @param maxOutputTokens the output budget
     */
    record Request(Language source, Language target, List<String> segments, List<GlossaryEntry> terms,
                   String title, String previous, Set<QualityFlag> failedChecks, int maxOutputTokens) {
        public Request {
            segments = List.copyOf(segments);
            terms = List.copyOf(terms);
            failedChecks = Set.copyOf(failedChecks);
        }
    }

    /**
     * A reply read back.
     *
     * @param segments one text per requested segment, in order; null where the reply lacks that segment
     * @param aligned whether the reply held exactly the requested segments, in order
     * @param truncated whether the model stopped at the output budget
     */
    record Reply(List<String> segments, boolean aligned, boolean truncated, Usage usage) {
        public Reply {
            segments = Collections.unmodifiableList(new ArrayList<>(segments));
        }
    }

    /** The model call failed; the message says why, in the provider's words. */
    final class Failure extends RuntimeException {
        public Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
