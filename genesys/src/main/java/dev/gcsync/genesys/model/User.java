package dev.gcsync.genesys.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A user. {@code skills}/{@code languages} are null when not expanded, or when the server dropped the
 * expand (it is best effort): then read them with the per-user calls.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(
        String id,
        String name,
        String email,
        String username,
        String department,
        String title,
        IdRef manager,
        String state,
        Integer version,
        IdRef division,
        Boolean acdAutoAnswer,
        List<UserRoutingSkill> skills,
        List<UserRoutingLanguage> languages,
        String selfUri) {}
