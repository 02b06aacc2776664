package dev.gcsync.governor;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A call that answers from a script, one entry per attempt, each taking {@code latency} of virtual time. */
final class ScriptedCall implements GovernedCall<String> {
    private final String family;
    private final boolean idempotent;
    private final VirtualTime time;
    private final Duration latency;
    private final Deque<Object> script = new ArrayDeque<>();
    int sent;

    ScriptedCall(String family, boolean idempotent, VirtualTime time, Duration latency) {
        this.family = family;
        this.idempotent = idempotent;
        this.time = time;
        this.latency = latency;
    }

    static Reply<String> reply(int status, String... headerPairs) {
        Map<String, List<String>> headers = new HashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        return new Reply<>(status, ResponseHeaders.of(headers), "body " + status);
    }

    ScriptedCall then(Object replyOrFault) {
        script.add(replyOrFault);
        return this;
    }

    ScriptedCall thenAlways(Reply<String> r, int times) {
        for (int i = 0; i < times; i++) {
            script.add(r);
        }
        return this;
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public boolean idempotent() {
        return idempotent;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Reply<String> send() throws IOException {
        sent++;
        time.advance(latency);
        Object next = script.isEmpty() ? reply(200) : script.poll();
        if (next instanceof IOException e) {
            throw e;
        }
        return (Reply<String>) next;
    }
}
