/**
 * The durability torture: the packaged server in its own process, classes of pupils saving notes
 * and uploading snapshots as fast as the server acknowledges them, {@code kill -9} at a seeded
 * random moment, a restart, and a check through the teacher's API that everything acknowledged is
 * still there. Talks to the server with the JDK's HTTP and WebSocket client; each pupil's state is
 * guarded by the pupil itself, because the client calls back on its own threads.
 */
package fi.retki.tools.torture;
