package dev.gcsync.genesys;

import java.util.List;

/**
 * The Genesys permissions a sync uses, with what each is for. Names as in Genesys' permission catalogue
 * ({@code domain:entity:action}); which endpoint needs which is taken from Genesys' API docs and provider
 * (genesys-api.md). Queue membership accepts either {@code routing:queueMember:manage} or
 * {@code routing:queue:edit}.
 */
public enum Permission {
    USER_VIEW("directory:user:view", "read users (in every division to page beyond 10,000 users by cursor)", false),
    SKILL_VIEW("routing:skill:view", "read the skill catalogue", false),
    LANGUAGE_VIEW("routing:language:view", "read the language catalogue", false),
    QUEUE_VIEW("routing:queue:view", "read queues, their members and wrap-up codes", false),
    WRAPUP_VIEW("routing:wrapupCode:view", "read the wrap-up code catalogue", false),
    SKILL_ASSIGN("routing:skill:assign", "change users' skills", true),
    LANGUAGE_ASSIGN("routing:language:assign", "change users' languages", true),
    QUEUE_MEMBER_MANAGE(
            "routing:queueMember:manage", "add users to queues and remove them (or routing:queue:edit)", true),
    QUEUE_EDIT("routing:queue:edit", "change queues' wrap-up codes", true),
    USER_EDIT("directory:user:edit", "change title, department and manager", true);

    private final String value;
    private final String purpose;
    private final boolean write;

    Permission(String value, String purpose, boolean write) {
        this.value = value;
        this.purpose = purpose;
        this.write = write;
    }

    /** The permission string, e.g. {@code routing:skill:assign}. */
    public String value() {
        return value;
    }

    public String purpose() {
        return purpose;
    }

    public boolean write() {
        return write;
    }

    /** Permissions that can stand in for this one (queue membership: {@code routing:queue:edit} too). */
    public List<Permission> alternatives() {
        return this == QUEUE_MEMBER_MANAGE ? List.of(QUEUE_EDIT) : List.of();
    }
}
