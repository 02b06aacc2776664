package dev.gcsync.sync.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * {@code summary.json}: the {@link RunSummary} with its component names as fields and instants as ISO-8601
 * strings ({@code 2026-11-27T21:04:05Z}). The reader is public so schedulers' tests and tools share one format.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("gcsync-instants")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, new InstantDeserializer()));
    // Immutable once built, so sharing them is safe across threads.
    private static final ObjectWriter WRITER =
            MAPPER.writerFor(RunSummary.class).with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectReader READER = MAPPER.readerFor(RunSummary.class);

    private SummaryJson() {}

    /** Writes the summary as indented JSON followed by a newline. */
    public static void write(RunSummary summary, Writer out) throws IOException {
        out.write(WRITER.writeValueAsString(summary));
        out.write('\n');
    }

    /** Reads what {@link #write} wrote. */
    public static RunSummary read(String json) throws IOException {
        return READER.readValue(json);
    }

    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            return Instant.parse(p.getValueAsString());
        }
    }
}
