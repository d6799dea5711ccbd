package io.babeldesk.article;

/** Stable codes for uploads babeldesk refuses to translate; shown to editors through the API. */
public enum RefusalCode {
    EMPTY_FILE,
    BINARY_CONTENT,
    TOO_LARGE,
    INVALID_ENCODING,
    MALFORMED_ENVELOPE,
    TOO_LITTLE_TEXT,
    UNSUPPORTED_LANGUAGE,
    MIXED_LANGUAGE,
    UNSUPPORTED_FORMAT
}
