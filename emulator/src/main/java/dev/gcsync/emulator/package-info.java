/**
 * The emulator's vocabulary: {@link dev.gcsync.emulator.Emulator} (start, port, base URL, admin, close), its
 * immutable {@link dev.gcsync.emulator.EmulatorConfig}, the {@link dev.gcsync.emulator.Profile} presets, the
 * {@link dev.gcsync.emulator.RatePolicy} and {@link dev.gcsync.emulator.Faults} values, and the clock port.
 */
package dev.gcsync.emulator;
