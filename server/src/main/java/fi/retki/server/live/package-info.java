/**
 * Live class sessions on the server: each session is owned by one event-loop context (its
 * {@link fi.retki.server.live.SessionHost}); connections on other event loops reach it by
 * submitting commands to that context, and it writes every frame its members receive, so events
 * reach each member in the order they were decided. Decisions are made by the pure
 * {@link fi.retki.scenes.live.SessionCore}; events are committed to the database before anyone
 * hears of them, so an acknowledged change survives a crash.
 *
 * <p>Every {@code /live} connection is hostile until proven otherwise: each frame it sends passes
 * its {@link fi.retki.server.live.FrameGuard}, each frame it is sent its
 * {@link fi.retki.server.live.Outbox} (which closes a connection that will not read rather than
 * buffer for it), and join codes typed from one address are counted by the
 * {@link fi.retki.server.live.JoinGuard}.
 *
 * <p>Pupils' resume tokens are known only to the pupils: the server keeps and compares their
 * hashes. {@link fi.retki.server.live.Retention} keeps saved work no longer than the retention
 * time, ends sessions left idle and deletes a session's work when its teacher asks.
 */
package fi.retki.server.live;
