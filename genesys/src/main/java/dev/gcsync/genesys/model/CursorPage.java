package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of {@code /api/v2/users/query}: {@code cursor} and {@code nextUri} are absent on the last page. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CursorPage<T>(List<T> entities, String cursor, String nextUri) {
    public CursorPage {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public boolean hasNext() {
        return cursor != null && !cursor.isBlank();
    }
}
