/**
 * The live class session as a pure state machine: {@link SessionCore#decide} turns a command into
 * events or a rejection, {@link SessionCore#evolve} applies an event to a state. No clock, no
 * randomness, no I/O: time, ids, join codes and resume tokens are passed in, so the server runs
 * it authoritatively and a client can replay the events it receives on the same code.
 */
package fi.retki.scenes.live;
