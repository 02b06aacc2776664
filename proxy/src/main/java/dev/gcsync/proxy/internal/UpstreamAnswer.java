package dev.gcsync.proxy.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * One answer from the server: status, headers, and a body that is either still streaming (success and
 * ordinary errors, copied to the client as it arrives) or already read (429 and 5xx, which the governor may
 * answer by sending again, so their connection must be freed at once). Close it when done.
 */
public record UpstreamAnswer(int status, Map<String, List<String>> headers, InputStream body, boolean buffered)
        implements AutoCloseable {

    /** Bodies at most this long are read whole; an error body is a few hundred bytes. */
    static final int BUFFER_LIMIT = 256 * 1024;

    /** Reads the body now (up to {@link #BUFFER_LIMIT}) and frees the connection. */
    static UpstreamAnswer buffered(int status, Map<String, List<String>> headers, InputStream stream)
            throws IOException {
        try (stream) {
            byte[] bytes = stream.readNBytes(BUFFER_LIMIT);
            return new UpstreamAnswer(status, headers, new ByteArrayInputStream(bytes), true);
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // the connection is gone already; nothing to free
        }
    }
}
