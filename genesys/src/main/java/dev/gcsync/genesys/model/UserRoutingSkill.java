package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A skill assigned to a user; proficiency 0.0–5.0. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserRoutingSkill(
        String id, String name, Double proficiency, String state, String skillUri, String selfUri) {}
