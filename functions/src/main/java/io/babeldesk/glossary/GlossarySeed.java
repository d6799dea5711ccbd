package io.babeldesk.glossary;

import com.fasterxml.jackson.databind.JsonNode;
import io.babeldesk.config.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the newsroom's starting glossary, {@code glossary/seed.json} on the classpath: a JSON
 * array of {@code {"term","kind","renderings":{lang:text},"match":{lang:[stems]}}}.
 */
public final class GlossarySeed {
    public static final String RESOURCE = "glossary/seed.json";
    private static final Logger LOG = LoggerFactory.getLogger(GlossarySeed.class);

    private GlossarySeed() {
    }

    /** The seed glossary, or an empty one (with a warning) when the resource is not packaged. */
    public static InMemoryGlossary load() {
        return load(RESOURCE);
    }

    public static InMemoryGlossary load(String resource) {
        try (InputStream in = GlossarySeed.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warn("no glossary seed at {} on the classpath: translating without a glossary", resource);
                return InMemoryGlossary.empty();
            }
            return new InMemoryGlossary(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the glossary seed " + resource, e);
        }
    }

    /** Entries of a seed document; languages babeldesk does not publish in are skipped, not refused. */
    public static List<GlossaryEntry> parse(InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        if (root == null || !root.isArray()) {
            throw new IOException("a glossary seed is a JSON array of entries");
        }
        List<GlossaryEntry> out = new ArrayList<>();
        for (JsonNode node : root) {
            String term = node.path("term").asText("").strip();
            if (term.isEmpty()) {
                continue;
            }
            out.add(GlossaryEntryJson.fromJson(node, term));
        }
        return out;
    }
}
