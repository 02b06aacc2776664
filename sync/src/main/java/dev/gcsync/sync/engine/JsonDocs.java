package dev.gcsync.sync.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gcsync.sync.journal.JournalException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** JSON for the documents the journal keeps (desired state, plan, outcomes). */
final class JsonDocs {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonDocs() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new JournalException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Large documents (one row per listed user) go to the journal gzipped, written straight from the
     * serializer: a 100,000-user run never holds its rows as one JSON string.
     */
    static byte[] writeGzip(Object value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                MAPPER.writeValue(gzip, value);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new JournalException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T readGzip(byte[] gzipped, TypeReference<T> type) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new JournalException("the journal's report data cannot be read: " + e.getMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new JournalException(
                    "the journal holds a " + type.getSimpleName() + " this version cannot read: "
                            + e.getOriginalMessage(),
                    e);
        }
    }
}
