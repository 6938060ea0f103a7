package fi.retki.assets.gltf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.SceneJson;

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

  /**
   * Reads a GLB's header and chunks.
   *
   * @throws GlbException if the magic, version, lengths or chunks are wrong, or the JSON is not an object
   */
  public static GlbFile parse(byte[] glb) throws GlbException {
    if (glb.length < 12) {
      throw new GlbException("not a GLB file: it has only " + glb.length + " bytes, a GLB header has 12");
    }
    ByteBuffer in = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
    int magic = in.getInt();
    if (magic != MAGIC) {
      throw new GlbException("not a GLB file: the first four bytes are " + printable(glb, 0, 4)
          + ", a GLB starts with \"glTF\"");
    }
    int version = in.getInt();
    if (version != VERSION) {
      throw new GlbException("GLB version " + version + " is not supported; use glTF 2.0 (version 2)");
    }
    long length = Integer.toUnsignedLong(in.getInt());
    if (length != glb.length) {
      throw new GlbException("the GLB header says " + length + " bytes but the file has " + glb.length);
    }
    ObjectNode json = null;
    byte[] bin = null;
    int chunk = 0;
    while (in.remaining() > 0) {
      if (in.remaining() < 8) {
        throw new GlbException("chunk " + chunk + " at byte " + in.position() + " is cut short: its header needs 8 bytes");
      }
      long chunkLength = Integer.toUnsignedLong(in.getInt());
      int type = in.getInt();
      if (chunkLength > in.remaining()) {
        throw new GlbException("chunk " + chunk + " says it has " + chunkLength + " bytes but only "
            + in.remaining() + " follow");
      }
      if ((chunkLength & 3) != 0) {
        throw new GlbException("chunk " + chunk + " has " + chunkLength + " bytes; GLB chunks are padded to 4 bytes");
      }
      byte[] data = new byte[(int) chunkLength];
      in.get(data);
      if (chunk == 0) {
        if (type != CHUNK_JSON) {
          throw new GlbException("the first chunk must be JSON, but its type is " + printable(intBytes(type), 0, 4));
        }
        json = parseJson(data);
      } else if (chunk == 1 && type == CHUNK_BIN) {
        bin = data;
      } else if (type == CHUNK_JSON || type == CHUNK_BIN) {
        throw new GlbException("chunk " + chunk + " is a second " + (type == CHUNK_JSON ? "JSON" : "BIN")
            + " chunk; a GLB has one JSON chunk, then at most one BIN chunk");
      }
      chunk++;
    }
    if (json == null) {
      throw new GlbException("the GLB has no JSON chunk");
    }
    return new GlbFile(json, bin);
  }

  private static ObjectNode parseJson(byte[] data) throws GlbException {
    try {
      JsonNode node = SceneJson.mapper().readTree(data);
      if (node == null || !node.isObject()) {
        throw new GlbException("the JSON chunk does not hold a JSON object");
      }
      return (ObjectNode) node;
    } catch (java.io.IOException e) {
      throw new GlbException("the JSON chunk is not valid JSON: " + e.getMessage().split("\n")[0]);
    }
  }

  private static byte[] intBytes(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }

  static String printable(byte[] data, int from, int count) {
    StringBuilder text = new StringBuilder("\"");
    for (int i = from; i < Math.min(data.length, from + count); i++) {
      char c = (char) (data[i] & 0xff);
      text.append(c >= 32 && c < 127 ? c : '.');
    }
    return text.append('"').toString();
  }

  static int padded(int length) {
    return (length + 3) & ~3;
  }
}
