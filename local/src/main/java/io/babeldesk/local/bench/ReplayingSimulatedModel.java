package io.babeldesk.local.bench;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SIMULATION, not a translation model: an instant model for measuring babeldesk's own overhead.
 * The first time it sees a request it asks {@link SimulatedTranslationModel} (pseudo-text of the
 * right length and script, no latency); afterwards it replays that answer, so warm iterations
 * spend nothing on generating model text and what is timed is extraction, detection, planning,
 * the quality gate and serialisation.
 */
final class ReplayingSimulatedModel implements ChatModel {
    private final SimulatedTranslationModel simulation =
            new SimulatedTranslationModel(SimulatedTranslationModel.Latency.NONE);
    private final Map<String, ChatResponse> answers = new ConcurrentHashMap<>();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        StringBuilder key = new StringBuilder();
        for (ChatMessage m : request.messages()) {
            key.append(m).append('\u0000');
        }
        key.append(request.maxOutputTokens());
        return answers.computeIfAbsent(key.toString(), k -> simulation.chat(request));
    }
}
