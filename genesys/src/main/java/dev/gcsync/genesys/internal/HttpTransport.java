package dev.gcsync.genesys.internal;

import dev.gcsync.governor.Reply;
import dev.gcsync.governor.ResponseHeaders;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The transport link: one HTTP exchange over {@code java.net.http.HttpClient}. Thread-safe. */
public final class HttpTransport {
    private final HttpClient client;
    private final Duration timeout;

    public HttpTransport(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends one request; a transport fault is an {@link IOException} (an interrupt too, flag kept). */
    public Reply<byte[]> send(String method, URI uri, Map<String, String> headers, byte[] body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply<>(r.statusCode(), ResponseHeaders.of(r.headers().map()), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + method + " " + uri.getPath());
        }
    }
}
