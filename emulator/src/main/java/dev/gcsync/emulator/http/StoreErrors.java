package dev.gcsync.emulator.http;

import dev.gcsync.emulator.store.StoreException;
import java.util.List;
import java.util.Map;

/** Maps a store refusal to the status and code Genesys answers with. */
public final class StoreErrors {
    private StoreErrors() {}

    /** A stale version answered with {@code status} (409 {@code conflict}, or 400/408 as Genesys also does). */
    public static ApiError versionMismatch(int status, String message, String entityId) {
        String code =
                switch (status) {
                    case 400 -> "bad.request";
                    case 408 -> "request.timeout";
                    default -> "conflict";
                };
        return new ApiError(status, code, message, List.of(Map.of("errorCode", code, "entityId", entityId)));
    }

    static ApiError toApiError(StoreException e) {
        String id = e.entityId() == null ? "" : e.entityId();
        return switch (e.kind()) {
            case NOT_FOUND ->
                new ApiError(
                        404, "not.found", e.getMessage(), List.of(Map.of("errorCode", "not.found", "entityId", id)));
            case VERSION_CONFLICT ->
                new ApiError(409, "conflict", e.getMessage(), List.of(Map.of("errorCode", "conflict", "entityId", id)));
            case INVALID ->
                new ApiError(
                        400,
                        "constraint.validation",
                        e.getMessage(),
                        List.of(Map.of("errorCode", "constraint.validation", "entityId", id)));
        };
    }
}
