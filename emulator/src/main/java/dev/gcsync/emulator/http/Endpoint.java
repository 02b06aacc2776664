package dev.gcsync.emulator.http;

/** Answers one matched request. Throws {@link ApiError} (or a store refusal) to refuse it. */
@FunctionalInterface
public interface Endpoint {
    Reply handle(Call call) throws Exception;
}
