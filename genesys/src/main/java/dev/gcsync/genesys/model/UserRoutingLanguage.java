package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A language assigned to a user; proficiency 0.0–5.0. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserRoutingLanguage(
        String id, String name, Double proficiency, String state, String languageUri, String selfUri) {}
