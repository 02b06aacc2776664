package dev.gcsync.emulator.http;

import java.util.Map;

/** An answer: status, a JSON-serializable body (null for none) and extra headers. */
public record Reply(int status, Object body, Map<String, String> headers) {

    public static Reply ok(Object body) {
        return new Reply(200, body, Map.of());
    }

    public static Reply noContent() {
        return new Reply(204, null, Map.of());
    }
}
