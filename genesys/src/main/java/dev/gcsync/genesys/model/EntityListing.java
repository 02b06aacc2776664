package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A classic page: {@code entities} plus paging fields. {@code total}/{@code pageCount} are absent (null) in
 * queue-member listings; {@code nextUri} is absent on the last page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntityListing<T>(
        List<T> entities, Integer pageSize, Integer pageNumber, Long total, Integer pageCount, String nextUri) {
    public EntityListing {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public boolean hasNext() {
        return nextUri != null && !nextUri.isBlank();
    }
}
