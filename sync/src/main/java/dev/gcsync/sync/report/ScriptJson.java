package dev.gcsync.sync.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the users as a JSON array of rows (the columns of {@link UsersCsv#HEADER}) for a
 * {@code <script type="application/json">} block. Every {@code <} and {@code >} is written as a
 * {@code \\u003c}/{@code \\u003e} escape, so no data can close the block ({@code </script>}) or open a comment.
 */
final class ScriptJson {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .characterEscapes(new NoAngleBrackets())
            .build();

    private ScriptJson() {}

    static void writeUsers(List<UserOutcome> users, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartArray();
            for (UserOutcome u : users) {
                json.writeStartArray();
                json.writeString(nonNull(u.label()));
                json.writeString(nonNull(u.userId()));
                json.writeString(u.status() == null ? "" : u.status().name());
                json.writeString(nonNull(u.changes()));
                json.writeString(nonNull(u.before()));
                json.writeString(nonNull(u.after()));
                json.writeNumber(u.attempts());
                json.writeString(nonNull(u.error()));
                json.writeEndArray();
                json.writeRaw('\n');
            }
            json.writeEndArray();
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static final class NoAngleBrackets extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        NoAngleBrackets() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
