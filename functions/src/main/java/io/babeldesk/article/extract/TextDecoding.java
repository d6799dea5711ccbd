package io.babeldesk.article.extract;

import io.babeldesk.article.IngestRefusal;
import io.babeldesk.article.RefusalCode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an upload's bytes as text: a byte order mark wins, then valid UTF-8, then the charset
 * the page declares, then Cyrillic or Latin single-byte encodings told apart by letter statistics.
 * Refuses binary files and files that are mostly undecodable.
 */
public final class TextDecoding {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([a-z0-9_.\\-]+)");
    private static final int SNIFF_BYTES = 4096;
    // The most frequent Russian letters: correctly decoded Russian is mostly these, in lower case.
    private static final String FREQUENT_RUSSIAN = "оеаинтсрвлкмдпуяы";

    private TextDecoding() {
    }

    /** Decodes the bytes, refusing binary content and mostly-invalid text. */
    public static DecodedText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeReporting(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeReporting(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeReporting(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return decodeReporting(bytes, 0, utf16);
        }
        refuseBinary(bytes);

        Counted utf8 = decodeCounting(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.badBytes == 0) {
            return new DecodedText(utf8.text, "UTF-8", List.of());
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return decodeReporting(bytes, 0, declared);
        }
        int nonAscii = 0;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii++;
            }
        }
        // A handful of broken sequences in otherwise valid UTF-8: keep UTF-8 and say so.
        if (utf8.badBytes * 20 <= nonAscii) {
            return withWarning(utf8, "UTF-8");
        }
        String cp1251 = new String(bytes, CP1251);
        String koi8 = new String(bytes, KOI8_R);
        double cp1251Score = russianLetterScore(cp1251);
        double koi8Score = russianLetterScore(koi8);
        if (Math.max(cp1251Score, koi8Score) >= 0.35) {
            return cp1251Score >= koi8Score
                    ? new DecodedText(cp1251, "windows-1251", List.of())
                    : new DecodedText(koi8, "KOI8-R", List.of());
        }
        String latin = new String(bytes, CP1252);
        if (nonAsciiLetterShare(latin) >= 0.8) {
            return new DecodedText(latin, "windows-1252", List.of());
        }
        if (utf8.badBytes * 5 > bytes.length) {
            throw new IngestRefusal(RefusalCode.INVALID_ENCODING, "most of the file is not valid text in any "
                    + "supported encoding (" + utf8.badBytes + " of " + bytes.length + " bytes are invalid)");
        }
        return withWarning(utf8, "UTF-8");
    }

    /** The charset an HTML or XML document declares in its first bytes, if Java knows it. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        String name = null;
        if (m.find()) {
            name = m.group(1);
        } else {
            Matcher x = XML_ENCODING.matcher(head);
            if (x.find()) {
                name = x.group(1);
            }
        }
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252, a superset; so do we.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return CP1252;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static DecodedText withWarning(Counted decoded, String charsetName) {
        List<String> warnings = new ArrayList<>();
        if (decoded.badBytes > 0) {
            warnings.add(decoded.badBytes + " invalid " + charsetName + " byte(s) were replaced with U+FFFD");
        }
        return new DecodedText(decoded.text, charsetName, warnings);
    }

    private static DecodedText decodeReporting(byte[] bytes, int offset, Charset charset) {
        Counted decoded = decodeCounting(bytes, offset, charset);
        int length = bytes.length - offset;
        if (length > 0 && decoded.badBytes * 5 > length) {
            throw new IngestRefusal(RefusalCode.INVALID_ENCODING, "most of the file is not valid "
                    + charset.name() + " (" + decoded.badBytes + " of " + length + " bytes are invalid)");
        }
        return withWarning(decoded, charset.name());
    }

    private record Counted(String text, int badBytes) {
    }

    /** Decodes, replacing each invalid sequence with U+FFFD and counting the bytes it spanned. */
    private static Counted decodeCounting(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        int bad = 0;
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (result.isError()) {
                bad += result.length();
                in.position(in.position() + result.length());
                out = ensureRoom(out);
                out.put('\uFFFD');
            } else if (result.isOverflow()) {
                out = grow(out);
            } else {
                break;
            }
        }
        CoderResult flushed = decoder.flush(out);
        if (flushed.isOverflow()) {
            out = grow(out);
            decoder.flush(out);
        }
        out.flip();
        return new Counted(out.toString(), bad);
    }

    private static CharBuffer ensureRoom(CharBuffer out) {
        return out.hasRemaining() ? out : grow(out);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    /** Share of Cyrillic letters that are frequent lower-case Russian letters: high only in the right charset. */
    static double russianLetterScore(String text) {
        int cyrillic = 0;
        int frequent = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                if (FREQUENT_RUSSIAN.indexOf(c) >= 0) {
                    frequent++;
                }
            }
        }
        return cyrillic < 10 ? 0 : (double) frequent / cyrillic;
    }

    private static double nonAsciiLetterShare(String text) {
        int nonAscii = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127) {
                nonAscii++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return nonAscii == 0 ? 1 : (double) letters / nonAscii;
    }

    /** UTF-16 without a BOM shows as NUL in every other byte of its ASCII text. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05 && validIn(bytes, StandardCharsets.UTF_16LE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05 && validIn(bytes, StandardCharsets.UTF_16BE)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean validIn(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().decode(ByteBuffer.wrap(bytes, 0, bytes.length & ~1));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void refuseBinary(byte[] bytes) {
        String kind = magicKind(bytes);
        if (kind != null) {
            throw new IngestRefusal(RefusalCode.BINARY_CONTENT, "the file is " + kind + ", not text");
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        if (nul > 0 && nul * 100 >= n || control * 10 > n) {
            throw new IngestRefusal(RefusalCode.BINARY_CONTENT,
                    "the file looks binary (" + control + " control bytes in the first " + n + ")");
        }
    }

    private static String magicKind(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "a ZIP archive (or an Office document)";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip-compressed";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Office document";
        }
        if (startsWith(b, 'R', 'a', 'r', '!') || startsWith(b, '7', 'z', 0xBC, 0xAF)) {
            return "an archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
