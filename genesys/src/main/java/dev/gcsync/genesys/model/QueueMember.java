package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A queue member; {@code memberBy} is {@code user} or {@code group} (group members cannot be managed one by one). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueueMember(String id, String name, Integer ringNumber, Boolean joined, String memberBy) {}
