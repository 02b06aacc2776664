package dev.gcsync.proxy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The transport: sends one attempt of an {@link Inbound} to a base URL with the JDK's HTTP client (TLS
 * verified against the JVM's trust store, redirects not followed, HTTP/2 where the server offers it).
 * Thread-safe.
 */
public final class Upstream {
    private final HttpClient http;
    private final Duration timeout;

    public Upstream(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** A client for {@code base}: HTTP/1.1 for plain http (no h2c upgrade dance), HTTP/2 over TLS. */
    public static HttpClient clientFor(URI base) {
        return HttpClient.newBuilder()
                .version("https".equals(base.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** One attempt; 429 and 5xx answers come back with their body already read. */
    public UpstreamAnswer send(URI base, Inbound in) throws IOException {
        String root = base.toString().endsWith("/")
                ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + in.pathAndQuery()))
                .timeout(timeout)
                .method(
                        in.method(),
                        in.body().length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(in.body()));
        for (Map.Entry<String, String> h : in.headers()) {
            b.header(h.getKey(), h.getValue());
        }
        HttpResponse<InputStream> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + in.describe());
        }
        int status = r.statusCode();
        if (status == 429 || status >= 500) {
            return UpstreamAnswer.buffered(status, r.headers().map(), r.body());
        }
        return new UpstreamAnswer(status, r.headers().map(), r.body(), false);
    }
}
