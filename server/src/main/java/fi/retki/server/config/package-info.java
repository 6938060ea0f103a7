/**
 * The server's settings, from a JSON file, environment variables and command-line flags (in rising
 * precedence); a bad setting stops the start with a message naming it.
 */
package fi.retki.server.config;
