package fi.retki.assets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.gltf.Glb;
import fi.retki.assets.image.Images;
import fi.retki.scenes.MediaType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small real files for tests: images, and GLBs holding one triangle. */
public final class TestFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestFiles() {}

  /** A striped image of the given size, PNG (with alpha) or JPEG. */
  public static byte[] image(int width, int height, MediaType type) {
    BufferedImage image = new BufferedImage(width, height,
        type == MediaType.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int x = 0; x < width; x += 16) {
      g.setColor(new Color((x * 7) % 256, 120, 200, type == MediaType.PNG ? 128 : 255));
      g.fillRect(x, 0, 8, height);
    }
    g.dispose();
    return Images.encode(image, type);
  }

  /** The glTF JSON of one triangle; with {@code image}, also a textured material using it. */
  public static ObjectNode triangleJson(int binLength, int imageOffset, int imageLength, String mime) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("asset").put("version", "2.0");
    root.put("scene", 0);
    root.putArray("scenes").addObject().putArray("nodes").add(0);
    root.putArray("nodes").addObject().put("mesh", 0);
    ObjectNode primitive = root.putArray("meshes").addObject().putArray("primitives").addObject();
    primitive.putObject("attributes").put("POSITION", 0);
    ArrayNode accessors = root.putArray("accessors");
    ObjectNode position = accessors.addObject().put("bufferView", 0).put("componentType", 5126).put("count", 3)
        .put("type", "VEC3");
    position.putArray("min").add(0).add(0).add(0);
    position.putArray("max").add(1).add(1).add(0);
    ArrayNode views = root.putArray("bufferViews");
    views.addObject().put("buffer", 0).put("byteOffset", 0).put("byteLength", 36);
    root.putArray("buffers").addObject().put("byteLength", binLength);
    if (imageLength > 0) {
      views.addObject().put("buffer", 0).put("byteOffset", imageOffset).put("byteLength", imageLength);
      root.putArray("images").addObject().put("bufferView", 1).put("mimeType", mime);
      root.putArray("textures").addObject().put("source", 0);
      root.putArray("materials").addObject().putObject("pbrMetallicRoughness")
          .putObject("baseColorTexture").put("index", 0);
      primitive.put("material", 0);
    }
    return root;
  }

  /** A GLB of one triangle, with {@code image} embedded as its texture if not {@code null}. */
  public static byte[] triangle(byte[] image, MediaType type) {
    ByteBuffer bin = ByteBuffer.allocate(36 + (image == null ? 0 : ((image.length + 3) & ~3)))
        .order(ByteOrder.LITTLE_ENDIAN);
    float[] vertices = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    for (float v : vertices) {
      bin.putFloat(v);
    }
    if (image != null) {
      bin.put(image);
    }
    ObjectNode json = triangleJson(bin.capacity(), 36, image == null ? 0 : image.length,
        type == null ? null : type.mime());
    return glb(json, bin.array());
  }

  /** A GLB of the given JSON and binary chunk. */
  public static byte[] glb(ObjectNode json, byte[] bin) {
    try {
      return Glb.write(JSON.writeValueAsBytes(json), bin);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
