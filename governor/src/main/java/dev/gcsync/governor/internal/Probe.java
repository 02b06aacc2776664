package dev.gcsync.governor.internal;

/**
 * A question to the server after a hidden bucket refused this token: the refused request sent once more
 * through another token of the same client, within the window that refused it. A bucket of this token alone
 * accepts it (the other token's bucket is fresh); a bucket that other tokens share refuses it too (its window is
 * spent). One token's own refusals cannot tell the two apart: under other traffic an org's bucket looks like the
 * token's own, and the token would take what the others were about to use.
 *
 * @param family    the endpoint family refused
 * @param counted   what this token got accepted in the window that refused it (the estimate if shared)
 * @param window    the bucket's assumed window length, in nanoseconds
 * @param windowEnd the latest the refusing window ends (the pause of this token's scope)
 * @param answerBy  the earliest it may end: an answer after it may come from the next window and decides nothing
 */
public record Probe(String family, int counted, long window, long windowEnd, long answerBy) {}
