/**
 * The bake: a validated scene pack becomes content-addressed blobs plus one manifest per device
 * tier, listing the assets in the order a client should stream them.
 */
package fi.retki.assets.bake;
