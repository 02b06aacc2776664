package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A reference by id ({@code manager}, {@code division}, or a body item {@code {"id"}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdRef(String id, String name) {
    public static IdRef of(String id) {
        return new IdRef(id, null);
    }
}
