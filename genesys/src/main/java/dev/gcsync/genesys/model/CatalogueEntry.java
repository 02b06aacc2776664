package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An org object of a catalogue: a routing skill, language, queue or wrap-up code ({@code version} is a
 * string for skills, absent for the others).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueEntry(String id, String name, String state, String version, IdRef division, String selfUri) {}
