/**
 * Several Retki servers behind one address: Vert.x clustered on Hazelcast (TCP-IP join over a
 * fixed member list, never multicast, phone-home off), the membership each node watches, and the
 * clustered event bus by which a lesson owned by one node is reached from every other.
 */
package fi.retki.server.cluster;
