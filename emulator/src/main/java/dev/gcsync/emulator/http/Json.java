package dev.gcsync.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The emulator's JSON: one configured mapper; Durations as ISO-8601 strings ("PT1M"). Thread-safe. */
public final class Json {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public ObjectMapper mapper() {
        return mapper;
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a request body; malformed JSON or a wrong shape is a 400 {@code bad.request}. */
    public <T> T read(byte[] body, TypeReference<T> type) {
        if (body == null || body.length == 0) {
            throw ApiError.badRequest("The request body is missing.");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiError.badRequest("The request body is null.");
            }
            return value;
        } catch (IOException e) {
            throw ApiError.badRequest("The request could not be understood by the server due to malformed syntax: "
                    + firstLine(e instanceof JsonProcessingException jp ? jp.getOriginalMessage() : e.getMessage()));
        }
    }

    public JsonNode tree(byte[] body) {
        return read(body, new TypeReference<JsonNode>() {});
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
