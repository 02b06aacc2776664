package dev.gcsync.proxy.internal;

import dev.gcsync.genesys.gateway.GatewayAnswer;
import dev.gcsync.genesys.gateway.GenesysErrorBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;

/**
 * Writes an answer to the client: the server's, streamed as it arrives with its headers in the case the
 * SDKs expect, or the proxy's own in Genesys' error shape (so an SDK parses it like any other error). Pure
 * apart from the response it writes to.
 */
final class Replies {
    private Replies() {}

    static void write(Response response, GatewayAnswer<UpstreamAnswer> answer) throws IOException {
        if (answer instanceof GatewayAnswer.Passed<UpstreamAnswer> p) {
            pass(response, p.body());
        } else {
            refuse(response, (GatewayAnswer.Refused<UpstreamAnswer>) answer);
        }
    }

    static void pass(Response response, UpstreamAnswer answer) throws IOException {
        try (answer) {
            response.setStatus(answer.status());
            for (Map.Entry<String, List<String>> h : answer.headers().entrySet()) {
                if (h.getKey() == null || !HeaderRules.forwardsResponse(h.getKey())) {
                    continue;
                }
                String name = HeaderRules.canonical(h.getKey());
                for (String v : h.getValue()) {
                    response.getHeaders().add(name, v);
                }
            }
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
                copy(answer.body(), out);
            }
        }
    }

    static void refuse(Response response, GatewayAnswer.Refused<?> r) throws IOException {
        String id = UUID.randomUUID().toString();
        String body = GenesysErrorBody.of(r, id);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(r.status());
        GenesysErrorBody.headers(r, id).forEach(response.getHeaders()::put);
        response.getHeaders().put("Content-Length", Integer.toString(bytes.length));
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            out.write(bytes);
        }
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
        }
    }
}
