/**
 * The classroom storm: whole classes of emulated pupils joining one scene at the same moment,
 * each fetching the catalogue, the manifest and every asset in priority order the way the client
 * does, checking every hash. Runs on a few Vert.x event loops; every pupil has its own connection
 * pool (6 HTTP/1.1 connections, or one HTTP/2 connection).
 */
package fi.retki.tools.storm;
