package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One effective limit of a namespace, e.g. {@code client.credentials.token.rate.per.minute} = 300. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgLimit(String key, String namespace, long value) {}
