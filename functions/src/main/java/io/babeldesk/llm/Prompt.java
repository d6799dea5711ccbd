package io.babeldesk.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to a model: system instructions, a header of {@code name: value} lines naming the
 * task, and the article as delimited data. The header is plain enough for any model to read and
 * regular enough for the fixture model to answer from.
 */
public record Prompt(String system, Map<String, String> header, String article, int maxOutputTokens,
                     double temperature) {
    private static final Pattern HEADER_LINE = Pattern.compile("^([a-z-]+): (.*)$", Pattern.MULTILINE);
    private static final Pattern ARTICLE = Pattern.compile("<article>\\n?(.*)</article>", Pattern.DOTALL);

    public Prompt {
        header = Map.copyOf(new LinkedHashMap<>(header));
    }

    public String userText() {
        StringBuilder sb = new StringBuilder();
        header.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        sb.append("<article>\n").append(article).append("</article>\n");
        return sb.toString();
    }

    public ChatRequest toChatRequest() {
        return ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(userText()))
                .maxOutputTokens(maxOutputTokens)
                .temperature(temperature)
                .build();
    }

    /** The text of a request's last system message, read back ("" when it has none). */
    public static String readSystem(ChatRequest request) {
        return last(request, SystemMessage.class, SystemMessage::text);
    }

    /** The text of a request's last user message, read back ("" when it has none). */
    public static String readUser(ChatRequest request) {
        return last(request, UserMessage.class, UserMessage::singleText);
    }

    private static <M extends ChatMessage> String last(ChatRequest request, Class<M> type, Function<M, String> text) {
        String out = "";
        for (ChatMessage m : request.messages()) {
            if (type.isInstance(m)) {
                out = text.apply(type.cast(m));
            }
        }
        return out;
    }

    /** The header lines of a user message, read back (the fixture model answers from them). */
    public static Map<String, String> readHeader(String userText) {
        Map<String, String> out = new LinkedHashMap<>();
        int articleStart = userText.indexOf("<article>");
        String head = articleStart >= 0 ? userText.substring(0, articleStart) : userText;
        Matcher m = HEADER_LINE.matcher(head);
        while (m.find()) {
            out.put(m.group(1), m.group(2).strip());
        }
        return out;
    }

    /** The delimited article of a user message, read back. */
    public static String readArticle(String userText) {
        Matcher m = ARTICLE.matcher(userText);
        return m.find() ? m.group(1) : "";
    }
}
