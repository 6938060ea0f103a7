package fi.retki.assets.gltf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The GLB container (glTF 2.0 binary): a JSON chunk and an optional BIN chunk. */
public final class Glb {
  /* Layout (glTF 2.0, section "Binary glTF Layout"): a 12-byte header (magic "glTF", version 2,
     total length), then chunks of (length, type, data). The JSON chunk comes first and is padded
     with spaces, the BIN chunk is padded with zeros; every chunk starts on a 4-byte boundary. */
  static final int MAGIC = 0x46546C67;
  static final int VERSION = 2;
  static final int CHUNK_JSON = 0x4E4F534A;
  static final int CHUNK_BIN = 0x004E4942;

  private Glb() {}

  /** A GLB file from its JSON text and binary buffer; both chunks are padded to 4 bytes as glTF requires. */
  public static byte[] write(byte[] json, byte[] bin) {
    int jsonLength = padded(json.length);
    int binLength = bin == null ? 0 : padded(bin.length);
    int total = 12 + 8 + jsonLength + (bin == null ? 0 : 8 + binLength);
    ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    out.putInt(MAGIC).putInt(VERSION).putInt(total);
    out.putInt(jsonLength).putInt(CHUNK_JSON).put(json);
    for (int i = json.length; i < jsonLength; i++) {
      out.put((byte) ' ');
    }
    if (bin != null) {
      out.putInt(binLength).putInt(CHUNK_BIN).put(bin);
      // the rest is already zero
    }
    return out.array();
  }

  static int padded(int length) {
    return (length + 3) & ~3;
  }
}
