package dev.gcsync.sync.org;

/** How a user is a member of a queue: directly (manageable per user) or through a group (reported only). */
public enum Membership {
    DIRECT,
    GROUP
}
