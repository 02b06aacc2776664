package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code GET /api/v2/organizations/limits/docs}: a link, and (from the emulator) what each limit covers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LimitDocs(String url, List<LimitDoc> entities) {
    public List<LimitDoc> entries() {
        return entities == null ? List.of() : entities;
    }
}
