package io.babeldesk.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire form of numbered segments between babeldesk and a model:
 * {@code <seg id="3">text</seg>}, one per block, in order.
 */
public final class SegmentCodec {
    private static final Pattern SEGMENT = Pattern.compile("<seg id=\"(\\d+)\">(.*?)</seg>", Pattern.DOTALL);

    private SegmentCodec() {
    }

    /** A segment as it came back from the model. */
    public record Segment(int id, String text) {
    }

    public static String encode(List<String> texts, int firstId) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            sb.append("<seg id=\"").append(firstId + i).append("\">")
                    .append(neutralise(texts.get(i)))
                    .append("</seg>\n");
        }
        return sb.toString();
    }

    public static List<Segment> decode(String reply) {
        List<Segment> out = new ArrayList<>();
        if (reply == null) {
            return out;
        }
        Matcher m = SEGMENT.matcher(reply);
        while (m.find()) {
            out.add(new Segment(Integer.parseInt(m.group(1)), m.group(2).strip()));
        }
        return out;
    }

    /** Source text cannot close a segment or the article early: the markers are broken up. */
    static String neutralise(String text) {
        return text.replace("</seg", "</ seg").replace("<seg", "< seg")
                .replace("</article", "</ article").replace("<article", "< article");
    }
}
