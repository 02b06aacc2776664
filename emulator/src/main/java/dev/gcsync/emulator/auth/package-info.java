/**
 * Bearer tokens: issue, look up, expire. Token values never leave this package except to their client.
 */
package dev.gcsync.emulator.auth;
