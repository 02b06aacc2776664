/**
 * Seeded fault draws: latency, dropped connections, 5xx, concurrent edits, omitted expand, applied-then-504.
 */
package dev.gcsync.emulator.faults;
