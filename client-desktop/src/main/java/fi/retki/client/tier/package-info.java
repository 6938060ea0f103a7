/**
 * Choosing the device tier (low, mid, high texture sizes) from what the graphics card and the
 * Java heap offer, with a person's override. Pure: the app reads the GPU's facts on the render
 * thread and passes them in.
 */
package fi.retki.client.tier;
