package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Genesys' error body; only the fields gcsync reports. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorBody(String message, String code, Integer status, String contextId) {}
