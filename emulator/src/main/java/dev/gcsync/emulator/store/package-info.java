/**
 * The in-memory org: users (immutable records replaced per write, with versions), catalogues, queues with
 * membership read lag, and the exportable {@link dev.gcsync.emulator.store.StateSnapshot}.
 */
package dev.gcsync.emulator.store;
