/**
 * The HTTP edge shared by every route: problems as {@code application/problem+json} from one
 * failure handler, and request metrics in Prometheus format.
 */
package fi.retki.server.http;
