/**
 * The content-addressed store: blobs named by their sha256 under {@code blobs/ab/abcd…}, and
 * manifests under {@code manifests/<scene>/}. Every write goes to a temporary file, is forced to
 * disk and renamed into place, so a reader never sees half a file. Plain NIO; safe to share
 * between threads.
 */
package fi.retki.assets.store;
