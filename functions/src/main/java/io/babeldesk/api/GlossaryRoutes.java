package io.babeldesk.api;

import static io.babeldesk.api.RequestInputs.jsonBody;
import static io.babeldesk.api.RequestInputs.language;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.glossary.Glossary;
import io.babeldesk.glossary.GlossaryEntry;
import io.babeldesk.glossary.GlossaryEntryJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Editors' routes over the newsroom glossary. */
final class GlossaryRoutes {
    private final Glossary glossary;

    GlossaryRoutes(Glossary glossary) {
        this.glossary = glossary;
    }

    ApiResponse listGlossary() {
        List<Object> items = new ArrayList<>();
        glossary.all().stream().sorted(Comparator.comparing(GlossaryEntry::term))
                .forEach(e -> items.add(GlossaryEntryJson.toJson(e)));
        return ApiResponse.json(200, Map.of("items", items));
    }

    ApiResponse getTerm(String term) {
        GlossaryEntry entry = glossary.get(term).orElseThrow(() ->
                new ApiProblem(404, "TERM_NOT_FOUND", "no glossary term '" + term + "'"));
        return ApiResponse.json(200, GlossaryEntryJson.toJson(entry));
    }

    ApiResponse putTerm(String term, ApiRequest request) {
        JsonNode body = jsonBody(request, Set.of("term", "kind", "renderings", "match"));
        if (body.has("term") && !term.equalsIgnoreCase(body.get("term").asText())) {
            throw new ApiProblem(400, "TERM_MISMATCH", "the body names another term than the path");
        }
        JsonNode renderings = body.path("renderings");
        if (!renderings.isObject() || renderings.isEmpty()) {
            throw new ApiProblem(400, "INVALID_RENDERINGS", "renderings must map en, ru, hy, az to text");
        }
        for (var e : renderings.properties()) {
            language(e.getKey());
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank() || e.getValue().asText().length() > 200) {
                throw new ApiProblem(400, "INVALID_RENDERINGS", "the " + e.getKey() + " rendering must be text of 1 to 200 characters");
            }
        }
        if (body.has("match")) {
            if (!body.get("match").isObject()) {
                throw new ApiProblem(400, "INVALID_MATCH", "match must map languages to arrays of stems");
            }
            for (var e : body.get("match").properties()) {
                language(e.getKey());
                if (!e.getValue().isArray()) {
                    throw new ApiProblem(400, "INVALID_MATCH", "match." + e.getKey() + " must be an array of stems");
                }
            }
        }
        if (body.has("kind") && (!body.get("kind").isTextual() || body.get("kind").asText().length() > 40)) {
            throw new ApiProblem(400, "INVALID_KIND", "kind must be a short text such as person, place, organisation");
        }
        boolean existed = glossary.get(term).isPresent();
        GlossaryEntry entry = GlossaryEntryJson.fromJson(body, term);
        glossary.put(entry);
        return ApiResponse.json(existed ? 200 : 201, GlossaryEntryJson.toJson(entry));
    }

    ApiResponse deleteTerm(String term) {
        if (glossary.get(term).isEmpty()) {
            throw new ApiProblem(404, "TERM_NOT_FOUND", "no glossary term '" + term + "'");
        }
        glossary.delete(term);
        return new ApiResponse(204, Map.of(), "");
    }
}
