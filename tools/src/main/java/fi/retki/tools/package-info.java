/**
 * The {@code retki} command: {@code validate} and {@code bake} scene packs, {@code storm} a running
 * server, {@code teacher add} to the server's database. Exit codes 0 ok, 64 wrong usage, 65 bad
 * content or data, 70 internal error; problems go to standard error, one per line.
 */
package fi.retki.tools;
