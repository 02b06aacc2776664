package dev.gcsync.genesys.internal;

import dev.gcsync.genesys.model.ErrorBody;
import dev.gcsync.governor.Reply;

/** Reads Genesys' error body and correlation id from an answer, tolerating bodies that are not JSON. */
final class Errors {
    /** The header that names a call for Genesys support. */
    static final String CORRELATION_ID = "ININ-Correlation-Id";

    private Errors() {}

    static ErrorBody body(Json json, Reply<byte[]> reply) {
        byte[] b = reply.body();
        if (b == null || b.length == 0 || b[0] != '{') {
            return new ErrorBody(null, null, reply.status(), null);
        }
        try {
            return json.read(b, ErrorBody.class);
        } catch (RuntimeException e) {
            return new ErrorBody(null, null, reply.status(), null);
        }
    }

    /**
     * A stale version answered as 400 or 408 (Genesys answers it so as well as 409): the message says it
     * "does not match the current version".
     */
    static boolean isVersionMismatch(int status, ErrorBody body) {
        return (status == 400 || status == 408 || status == 409)
                && body.message() != null
                && body.message().contains("does not match the current version");
    }

    static String correlationId(Reply<byte[]> reply, ErrorBody body) {
        return reply.headers().first(CORRELATION_ID).orElse(body.contextId());
    }
}
