/**
 * The classroom storm: whole classes of emulated pupils joining one scene at the same moment,
 * each fetching the catalogue, the manifest and every asset in priority order the way the client
 * does, checking every hash. Runs on a few Vert.x event loops; every pupil has its own connection
 * pool (6 HTTP/1.1 connections, or one HTTP/2 connection).
 *
 * <p>A live storm adds the class session: a teacher per class (signed in over HTTP, watching over
 * {@code /live}) and a {@code /live} WebSocket per pupil that joins, reports its loading, and
 * notes when each of the teacher's go-tos reaches it. Frames are read and written by the one
 * codec, {@code fi.retki.scenes.wire.WireCodec}. Each teacher and pupil belongs to the event loop
 * it was started on; only a teacher's count of settled pupils is touched from other loops.
 */
package fi.retki.tools.storm;
