/**
 * The asset byte cache: blobs held off the heap, bounded by bytes, loaded once however many
 * requests ask at the same time, and freed only when no response is still sending them.
 */
package fi.retki.server.cache;
