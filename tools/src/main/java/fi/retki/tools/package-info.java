/**
 * The {@code retki} command: {@code validate} and {@code bake} scene packs. Exit codes 0 ok, 64
 * wrong usage, 65 bad content, 70 internal error; problems go to standard error, one per line.
 */
package fi.retki.tools;
