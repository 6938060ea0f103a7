/**
 * Loading a scene: its manifest, then its assets in streaming order (first view first), from the
 * disk cache when they are there and from the server when not, a few at a time; when the server
 * cannot be reached, from the cache alone by the manifest kept there the last time. Runs on the
 * executor it is given and on HTTP client threads; listeners are called there, and the app hops
 * to its render thread itself.
 */
package fi.retki.client.load;
