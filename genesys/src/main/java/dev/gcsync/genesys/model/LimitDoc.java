package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One entry of {@code GET /api/v2/organizations/limits/docs} beyond Genesys' own answer (a link): what a
 * documented limit covers. Genesys answers only {@code url}; the emulator adds these (its keys are its own).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LimitDoc(
        String key,
        String namespace,
        Long value,
        String scope,
        Long windowSeconds,
        String align,
        List<String> methods,
        String pathPrefix) {}
