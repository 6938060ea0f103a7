/**
 * Live class sessions on the server: each session is owned by one event-loop context (its
 * {@link fi.retki.server.live.SessionHost}); connections on other event loops reach it by
 * submitting commands to that context, and it writes every frame its members receive, so events
 * reach each member in the order they were decided. Decisions are made by the pure
 * {@link fi.retki.scenes.live.SessionCore}; events are committed to the database before anyone
 * hears of them, so an acknowledged change survives a crash.
 *
 * <p>Pupils' resume tokens are known only to the pupils: the server keeps and compares their
 * hashes. {@link fi.retki.server.live.Retention} keeps saved work no longer than the retention
 * time, ends sessions left idle and deletes a session's work when its teacher asks.
 */
package fi.retki.server.live;
