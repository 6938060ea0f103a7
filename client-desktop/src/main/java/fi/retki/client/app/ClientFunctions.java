package fi.retki.client.app;

import com.jme3.input.KeyInput;
import com.simsilica.lemur.input.FunctionId;
import com.simsilica.lemur.input.InputMapper;

/** Every input id of the client, and its default keys. */
public final class ClientFunctions {
  private ClientFunctions() {}

  public static void initialize(InputMapper inputs) {}
}
