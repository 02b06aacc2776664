package dev.gcsync.proxy.internal;

import dev.gcsync.genesys.gateway.GatewayAnswer;
import dev.gcsync.genesys.gateway.GovernedPaths;
import dev.gcsync.genesys.gateway.TokenName;
import dev.gcsync.governor.TimeSource;
import dev.gcsync.proxy.ProxyKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proxy's request path: shared key (when set) → route → {@code GET /metrics}, {@code /oauth/token}
 * (passed once to the login host, never held: a token request is not rate limited per token) or
 * {@code /api/v2/**} (held, paced and retried by the token's lane). Blocking: a held request parks its
 * thread. Logs method, path without query, status and token hash; never a header value or a body.
 */
public final class ProxyHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyHandler.class);

    private final Forwarder forwarder;
    private final Upstream upstream;
    private final URI loginBase;
    private final Optional<ProxyKey> key;
    private final MetricsPage metrics;
    private final TimeSource time;
    private final int maxBodyBytes;

    public ProxyHandler(
            Forwarder forwarder,
            Upstream upstream,
            URI loginBase,
            Optional<ProxyKey> key,
            MetricsPage metrics,
            TimeSource time,
            int maxBodyBytes) {
        this.forwarder = forwarder;
        this.upstream = upstream;
        this.loginBase = loginBase;
        this.key = key;
        this.metrics = metrics;
        this.time = time;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long arrived = time.nanoTime();
        try {
            GatewayAnswer<UpstreamAnswer> answer = route(request, response, arrived);
            if (answer != null) {
                Replies.write(response, answer);
            }
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            LOG.debug(
                    "gcsync proxy: {} {} ended early: {}",
                    request.getMethod(),
                    request.getHttpURI().getPath(),
                    e.getClass().getSimpleName());
            callback.failed(e);
        }
        return true;
    }

    /** The answer to write, or null when the route wrote its own. */
    private GatewayAnswer<UpstreamAnswer> route(Request request, Response response, long arrived) throws IOException {
        String path = collapseLeadingSlashes(request.getHttpURI().getPath());
        if (key.isPresent() && !key.get().matches(request.getHeaders().get(ProxyKey.HEADER))) {
            LOG.warn(
                    "gcsync proxy: refused {} {}: missing or wrong {} header",
                    request.getMethod(),
                    path,
                    ProxyKey.HEADER);
            return GatewayAnswer.Refused.rejected(
                    401,
                    "authentication.required",
                    "gcsync proxy: this proxy needs its" + " shared key in the " + ProxyKey.HEADER + " header");
        }
        if (path.contains("/../") || path.endsWith("/..") || path.contains("/./")) {
            return GatewayAnswer.Refused.rejected(400, "bad.request", "gcsync proxy: dot segments are not forwarded");
        }
        if (path.equals("/metrics") && "GET".equals(request.getMethod())) {
            metrics.write(response);
            return null;
        }
        boolean login = path.equals("/oauth/token");
        if (!login && !GovernedPaths.governed(path)) {
            return GatewayAnswer.Refused.rejected(
                    404,
                    "not.found",
                    "gcsync proxy: no route for " + request.getMethod()
                            + " " + path + "; it forwards /api/v2/** to the API host, /oauth/token to the login host,"
                            + " and serves GET /metrics");
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            return GatewayAnswer.Refused.rejected(
                    413,
                    "request.entity.too.large",
                    "gcsync proxy: request bodies are"
                            + " held in memory to be replayed after a 429; the largest accepted is " + maxBodyBytes
                            + " bytes");
        }
        String query = request.getHttpURI().getQuery();
        String lane = TokenName.ofAuthorization(request.getHeaders().get("Authorization"));
        Inbound in = new Inbound(
                request.getMethod().toUpperCase(Locale.ROOT),
                path + (query == null ? "" : "?" + query),
                headers(request),
                body,
                lane,
                arrived);
        GatewayAnswer<UpstreamAnswer> answer = login ? passOnce(in) : forwarder.forward(in);
        LOG.debug("gcsync proxy: {} {} -> {} ({})", in.method(), path, status(answer), lane);
        return answer;
    }

    private GatewayAnswer<UpstreamAnswer> passOnce(Inbound in) {
        try {
            return new GatewayAnswer.Passed<>(upstream.send(loginBase, in));
        } catch (IOException e) {
            return GatewayAnswer.Refused.rejected(
                    502,
                    "bad.gateway",
                    "gcsync proxy: no answer from the login host ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<Map.Entry<String, String>> headers(Request request) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (HttpField f : request.getHeaders()) {
            if (f.getName() != null && f.getValue() != null && HeaderRules.forwardsRequest(f.getName())) {
                kept.add(Map.entry(f.getName(), f.getValue()));
            }
        }
        return kept;
    }

    /** A gateway setting with an empty path prefix makes some SDKs ask for {@code //oauth/token}. */
    static String collapseLeadingSlashes(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int i = 0;
        while (i + 1 < path.length() && path.charAt(i) == '/' && path.charAt(i + 1) == '/') {
            i++;
        }
        return path.substring(i);
    }

    private static int status(GatewayAnswer<UpstreamAnswer> answer) {
        return answer instanceof GatewayAnswer.Passed<UpstreamAnswer> p
                ? p.body().status()
                : ((GatewayAnswer.Refused<UpstreamAnswer>) answer).status();
    }

    /** Serves the metrics page; implemented by the metrics registry. */
    public interface MetricsPage {
        void write(Response response) throws IOException;
    }

    static void writeText(Response response, String contentType, byte[] text) throws IOException {
        response.setStatus(200);
        response.getHeaders().put("Content-Type", contentType);
        response.getHeaders().put("Content-Length", Integer.toString(text.length));
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.write(text);
        }
    }
}
