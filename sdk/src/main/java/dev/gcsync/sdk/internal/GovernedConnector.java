package dev.gcsync.sdk.internal;

import com.mypurecloud.sdk.v2.AsyncApiCallback;
import com.mypurecloud.sdk.v2.connector.ApiClientConnector;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorRequest;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorResponse;
import dev.gcsync.genesys.EndpointFamily;
import dev.gcsync.genesys.gateway.Answers;
import dev.gcsync.genesys.gateway.GatewayAnswer;
import dev.gcsync.genesys.gateway.GenesysErrorBody;
import dev.gcsync.genesys.gateway.GovernedPaths;
import dev.gcsync.genesys.gateway.TokenGovernors;
import dev.gcsync.governor.GovernedCall;
import dev.gcsync.governor.Reply;
import dev.gcsync.governor.ResponseHeaders;
import dev.gcsync.governor.Result;
import dev.gcsync.governor.TimeSource;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The SDK's connector with the governor in front: auth headers as the SDK set them → the token's governor
 * (pacing, pause-all, 429 retry, no replay of non-idempotent requests after a 5xx) → the SDK's own
 * transport, one attempt each. {@code /oauth/token} goes straight to the transport. Thread-safe.
 */
public final class GovernedConnector implements ApiClientConnector {
    private final ApiClientConnector transport;
    private final TokenGovernors<HeldGovernor> governors;
    private final Answers answers;
    private final TimeSource time;
    private final long maxHoldNanos;
    /**
     * Async calls may be held for minutes: their own daemon threads, not the common pool, and a bounded
     * number of them (more than the governor lets in flight would only wait there); the rest queue.
     */
    static final int ASYNC_THREADS = 16;

    private final ExecutorService async = Executors.newFixedThreadPool(ASYNC_THREADS, r -> {
        Thread t = new Thread(r, "gcsync-sdk-async");
        t.setDaemon(true);
        return t;
    });

    public GovernedConnector(
            ApiClientConnector transport, TokenGovernors<HeldGovernor> governors, TimeSource time, Duration maxHold) {
        this.transport = transport;
        this.governors = governors;
        this.time = time;
        this.maxHoldNanos = maxHold.toNanos();
        this.answers = new Answers(time, "gcsync", "maxHold");
    }

    @Override
    public ApiClientConnectorResponse invoke(ApiClientConnectorRequest request) throws IOException {
        String path = URI.create(request.getUrl()).getPath();
        if (!GovernedPaths.governed(path)) {
            return transport.invoke(request); // the token request, or anything that is not the rate-limited API
        }
        BufferedRequest held = BufferedRequest.of(request);
        long holdEnds = time.nanoTime() + maxHoldNanos;
        Result<ApiClientConnectorResponse> result = governors
                .forAuthorization(header(held.headers(), "Authorization"))
                .run(g -> g.execute(call(held, path, holdEnds)));
        GatewayAnswer<ApiClientConnectorResponse> answer = answers.decide(result);
        if (answer instanceof GatewayAnswer.Passed<ApiClientConnectorResponse> passed) {
            return passed.body();
        }
        GatewayAnswer.Refused<ApiClientConnectorResponse> refused =
                (GatewayAnswer.Refused<ApiClientConnectorResponse>) answer;
        switch (refused.kind()) {
            case THROTTLED -> {
                return throttled(refused);
            }
            case UNAVAILABLE ->
                throw new InterruptedIOException("interrupted while holding " + held.method() + " " + path);
            default -> {
                if (refused.cause().orElse(null) instanceof IOException io) {
                    throw io; // a POST/PATCH that met a timeout or reset: not sent again, the caller decides
                }
                throw new IOException(
                        refused.message() + " for " + held.method() + " " + path,
                        refused.cause().orElse(null));
            }
        }
    }

    private GovernedCall<ApiClientConnectorResponse> call(BufferedRequest held, String path, long holdEnds) {
        boolean idempotent = EndpointFamily.idempotentMethod(held.method());
        String family = EndpointFamily.of(held.method(), path);
        return new GovernedCall<>() {
            @Override
            public String family() {
                return family;
            }

            @Override
            public boolean idempotent() {
                return idempotent;
            }

            @Override
            public long deadlineNanos() {
                return holdEnds;
            }

            @Override
            public Reply<ApiClientConnectorResponse> send() throws IOException {
                ApiClientConnectorResponse r = transport.invoke(held);
                if (r.getStatusCode() == 429 || r.getStatusCode() >= 500) {
                    r = BufferedResponse.read(r); // may be sent again: free the connection now
                }
                return new Reply<>(r.getStatusCode(), headers(r.getHeaders()), r);
            }
        };
    }

    private static ResponseHeaders headers(Map<String, String> map) {
        Map<String, List<String>> lists = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                lists.put(k, List.of(v));
            }
        });
        return ResponseHeaders.of(lists);
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The gateway's 429 in Genesys' shape, for a hold that would pass {@code maxHold}: the SDK raises it as usual. */
    private static ApiClientConnectorResponse throttled(GatewayAnswer.Refused<?> refused) {
        String id = UUID.randomUUID().toString();
        return new BufferedResponse(
                refused.status(),
                "Too Many Requests",
                GenesysErrorBody.headers(refused, id),
                GenesysErrorBody.of(refused, id));
    }

    @Override
    public Future<ApiClientConnectorResponse> invokeAsync(
            ApiClientConnectorRequest request, AsyncApiCallback<ApiClientConnectorResponse> callback) {
        CompletableFuture<ApiClientConnectorResponse> future = new CompletableFuture<>();
        async.execute(() -> {
            ApiClientConnectorResponse r;
            try {
                r = invoke(request);
            } catch (IOException | RuntimeException e) {
                future.completeExceptionally(e);
                callback.onFailed(e);
                return;
            }
            future.complete(r);
            callback.onCompleted(r); // a callback that throws is the caller's bug, not a failed call
        });
        return future;
    }

    /** Not {@code throws Exception}: a close that could throw InterruptedException would be lost by try-with-resources. */
    @Override
    public void close() throws IOException {
        async.shutdownNow();
        try {
            transport.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IOException("the SDK's transport could not be closed", e);
        }
    }
}
