package io.babeldesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable article ids (from the object key or the envelope) and content versions. */
public final class ArticleIds {
    /** Ids as the API accepts them: short, URL-safe, lowercase. */
    public static final Pattern VALID_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(html?|txt|md|markdown|json)$");
    private static final int MAX_SLUG = 80;

    private ArticleIds() {
    }

    /**
     * The id of the article uploaded under {@code key} (already URL-decoded): the path under
     * {@code incoming/} without its extension, as a slug. Where the slug would lose characters
     * (non-ASCII, case, length), a short hash of the key keeps distinct keys distinct.
     */
    public static String fromKey(String key) {
        String path = key.startsWith("incoming/") ? key.substring("incoming/".length()) : key;
        path = EXTENSION.matcher(path).replaceFirst("");
        return slug(path, key);
    }

    /** An id given in a JSON envelope, made URL-safe the same way. */
    public static String fromEnvelope(String id) {
        return slug(id, id);
    }

    private static String slug(String text, String identity) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        boolean lossless = text.matches("[a-z0-9][a-z0-9/_.-]*") && slug.length() <= MAX_SLUG;
        if (lossless && !slug.isEmpty()) {
            return slug;
        }
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        String hash = sha256(identity).substring(0, 10);
        return slug.isEmpty() ? "a-" + hash : slug + "-" + hash;
    }

    /** The version of an article: the SHA-256 of its cleaned text. */
    public static String version(String cleanText) {
        return sha256(cleanText);
    }

    public static String sha256(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
