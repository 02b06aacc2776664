package dev.gcsync.emulator.http;

import dev.gcsync.emulator.limits.Decision;
import dev.gcsync.emulator.limits.RateLimiter;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes an exchange's reply: status, {@code ININ-Correlation-Id}, the {@code inin-ratelimit-*} headers (API
 * routes, exact case), extra headers and the JSON body; or drops the connection. Stateless.
 */
final class ResponseWriter {
    private final RateLimiter limiter;
    private final Json json;

    ResponseWriter(RateLimiter limiter, Json json) {
        this.limiter = limiter;
        this.json = json;
    }

    void write(Response response, Callback callback, Exchange ex) {
        Reply reply = ex.reply;
        response.setStatus(reply.status());
        var headers = response.getHeaders();
        headers.put("ININ-Correlation-Id", ex.correlationId);
        var p = limiter.policy();
        if (ex.kind() == RouteKind.API && !(reply.status() == 429 && p.bareRefusals())) {
            Decision d = ex.decision;
            headers.put("inin-ratelimit-count", d == null ? "0" : Integer.toString(d.count()));
            headers.put("inin-ratelimit-allowed", Integer.toString(d == null ? p.limit() : d.limit()));
            headers.put(
                    "inin-ratelimit-reset", Long.toString(d == null ? p.window().toSeconds() : d.resetSeconds()));
        }
        reply.headers().forEach(headers::put);
        if (reply.body() == null) {
            response.write(true, null, callback);
            return;
        }
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=UTF-8");
        response.write(true, ByteBuffer.wrap(json.write(reply.body())), callback);
    }

    static void dropConnection(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new DroppedConnection());
    }

    /** Marks the fault so Jetty logs it at debug level, not as a warning with a stack trace. */
    private static final class DroppedConnection extends IOException implements QuietException {
        private static final long serialVersionUID = 1L;

        DroppedConnection() {
            super("connection dropped by fault injection", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
