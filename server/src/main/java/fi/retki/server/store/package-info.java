/**
 * What outlives a restart of the server: teachers and their logins, live class sessions as an
 * append-only log of events, and the records of pupils' snapshots (their PNG bytes live in the
 * content store). One {@link fi.retki.server.store.Database} holds a small connection pool; the
 * schema is migrated by Flyway when it opens.
 *
 * <p>Every method is blocking JDBC: callers run them on worker threads, never on an event loop.
 * The SQL is standard (no H2 functions, no MERGE, instants as epoch milliseconds) so that
 * PostgreSQL can replace the embedded H2 by configuration. A rejection that a person can fix (a
 * name taken, a password too short, a database in use) is a {@link
 * fi.retki.server.store.StoreException}; a failing database is an {@link IllegalStateException}
 * carrying the {@link java.sql.SQLException}.
 *
 * <p>No secret is kept readable: teachers' passwords are bcrypt hashes, login and resume tokens
 * are kept as their {@link fi.retki.server.store.TokenHash}, and the database folder and files
 * are the server's user's alone ({@link fi.retki.server.store.OwnerOnly}). Flyway migrations
 * are SQL files, and Java classes where data must be rewritten ({@code migration/V2}).
 */
package fi.retki.server.store;
