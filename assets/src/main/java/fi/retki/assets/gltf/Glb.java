package fi.retki.assets.gltf;

/** The GLB container (glTF 2.0 binary): a JSON chunk and an optional BIN chunk. */
public final class Glb {
  private Glb() {}

  /** A GLB file from its JSON text and binary buffer; both chunks are padded to 4 bytes as glTF requires. */
  public static byte[] write(byte[] json, byte[] bin) {
    throw new UnsupportedOperationException("not yet");
  }
}
