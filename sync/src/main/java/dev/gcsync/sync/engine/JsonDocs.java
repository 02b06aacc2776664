package dev.gcsync.sync.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gcsync.sync.journal.JournalException;

/** JSON for the documents the journal keeps (desired state, plan, outcomes). */
final class JsonDocs {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonDocs() {
    }

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
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
                MAPPER.writeValue(gzip, value);
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new JournalException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T readGzip(byte[] gzipped, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(gzipped))) {
            return MAPPER.readValue(in, type);
        } catch (java.io.IOException e) {
            throw new JournalException("the journal's report data cannot be read: " + e.getMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new JournalException("the journal holds a " + type.getSimpleName()
                    + " this version cannot read: " + e.getOriginalMessage(), e);
        }
    }
}
