package io.babeldesk.glossary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.babeldesk.article.Language;
import io.babeldesk.config.Json;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a glossary entry, shared by the seed file, the table and the API:
 * {@code {"term","kind","renderings":{"en":…},"match":{"en":[…]}}}.
 */
public final class GlossaryEntryJson {
    private GlossaryEntryJson() {
    }

    public static ObjectNode toJson(GlossaryEntry entry) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("term", entry.term());
        node.put("kind", entry.kind());
        ObjectNode renderings = node.putObject("renderings");
        ObjectNode match = node.putObject("match");
        for (Language l : Language.values()) {
            entry.rendering(l).ifPresent(r -> renderings.put(l.code(), r));
            List<String> stems = entry.match().get(l);
            if (stems != null && !stems.isEmpty()) {
                stems.forEach(match.putArray(l.code())::add);
            }
        }
        return node;
    }

    /**
     * An entry from its JSON; languages babeldesk does not publish in are skipped.
     *
     * @param term the term when the node does not name it (the API's path parameter)
     */
    public static GlossaryEntry fromJson(JsonNode node, String term) {
        String name = node.path("term").asText(term == null ? "" : term).strip();
        Map<Language, String> renderings = new EnumMap<>(Language.class);
        node.path("renderings").properties().forEach(e -> Language.fromCode(e.getKey())
                .ifPresent(l -> renderings.put(l, e.getValue().asText())));
        Map<Language, List<String>> match = new EnumMap<>(Language.class);
        node.path("match").properties().forEach(e -> Language.fromCode(e.getKey()).ifPresent(l -> {
            List<String> stems = new ArrayList<>();
            e.getValue().forEach(s -> stems.add(s.asText()));
            match.put(l, stems);
        }));
        return new GlossaryEntry(name, node.path("kind").asText("term"), renderings, match);
    }
}
