package io.babeldesk.glossary;

import java.util.List;
import java.util.Optional;

/** The newsroom's terminology, owned by editors; the translation engine reads it for every article. */
public interface Glossary {
    List<GlossaryEntry> all();

    /** The entry for a term, compared without regard to case. */
    Optional<GlossaryEntry> get(String term);

    void put(GlossaryEntry entry);

    void delete(String term);
}
