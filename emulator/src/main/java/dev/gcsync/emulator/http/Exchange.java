package dev.gcsync.emulator.http;

import dev.gcsync.emulator.limits.Decision;
import java.util.List;
import java.util.Map;

/** The per-request state of the handler's chain; confined to the request's thread. */
final class Exchange {
    final String method;
    final String path;
    final String correlationId;
    final Match match;
    final Map<String, List<String>> query;
    String tokenLabel;
    Decision decision;
    Reply reply;

    Exchange(String method, String path, String correlationId, Match match, Map<String, List<String>> query) {
        this.query = query;
        this.method = method;
        this.path = path;
        this.correlationId = correlationId;
        this.match = match;
    }

    String template() {
        return match == null ? "(unmatched)" : match.route().template();
    }

    RouteKind kind() {
        return match != null ? match.route().kind() : EmulatorHandler.kindOf(path);
    }
}
