package dev.gcsync.emulator.http;

import dev.gcsync.emulator.store.StoreException;
import java.util.List;
import java.util.Map;

/** Maps a store refusal to the status and code Genesys answers with. */
final class StoreErrors {
    private StoreErrors() {
    }

    static ApiError toApiError(StoreException e) {
        String id = e.entityId() == null ? "" : e.entityId();
        return switch (e.kind()) {
            case NOT_FOUND -> new ApiError(404, "not.found", e.getMessage(),
                    List.of(Map.of("errorCode", "not.found", "entityId", id)));
            case VERSION_CONFLICT -> new ApiError(409, "conflict", e.getMessage(),
                    List.of(Map.of("errorCode", "conflict", "entityId", id)));
            case INVALID -> new ApiError(400, "constraint.validation", e.getMessage(),
                    List.of(Map.of("errorCode", "constraint.validation", "entityId", id)));
        };
    }
}
