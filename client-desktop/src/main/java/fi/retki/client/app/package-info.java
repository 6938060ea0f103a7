/**
 * The desktop client's jMonkeyEngine app: {@link fi.retki.client.app.RetkiClient} (the command),
 * {@link fi.retki.client.app.RetkiApp}, the input ids ({@link fi.retki.client.app.ClientFunctions})
 * and the settings remembered between runs. It uses the core (net, cache, load, tier, live, plan)
 * and never holds rules itself.
 */
package fi.retki.client.app;
