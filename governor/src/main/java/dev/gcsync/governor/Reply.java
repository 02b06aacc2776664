package dev.gcsync.governor;

/**
 * One HTTP answer as the governor sees it.
 *
 * @param status  the HTTP status code
 * @param headers the response headers
 * @param body    the decoded or raw body; the governor never reads it
 */
public record Reply<T>(int status, ResponseHeaders headers, T body) {}
