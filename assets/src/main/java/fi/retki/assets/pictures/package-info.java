/**
 * The pictures of picture codes, drawn once here with Java2D at any size: the server serves them
 * to the console as PNG, the client turns them into textures. Pure functions, any thread.
 */
package fi.retki.assets.pictures;
