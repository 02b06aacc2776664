/**
 * One class per endpoint family (users, user skills, user languages, catalogues, queues, limits, OAuth,
 * admin) and the JSON views of store values.
 */
package dev.gcsync.emulator.routes;
