package fi.retki.assets.gltf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.image.ImageSize;
import fi.retki.assets.image.Images;
import fi.retki.scenes.MediaType;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/** Rewrites the images embedded in a GLB. */
public final class GlbTextures {
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private GlbTextures() {}

  /**
   * The GLB with every embedded image larger than {@code maxSide} pixels on a side scaled down to
   * fit and re-encoded in its own format; the input itself if no image is larger.
   *
   * @throws IllegalArgumentException if the GLB is malformed (check it with {@link GlbChecks} first)
   */
  public static byte[] limit(byte[] glb, int maxSide) {
    GlbFile file;
    try {
      file = Glb.parse(glb);
    } catch (GlbException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    ObjectNode json = file.json();
    ArrayNode views = json.withArray("bufferViews");
    Map<Integer, byte[]> replaced = new HashMap<>();
    for (JsonNode image : json.path("images")) {
      if (!image.has("bufferView")) {
        continue;
      }
      int view = image.get("bufferView").asInt();
      byte[] data = GlbChecks.viewBytes(views.get(view), file.bin());
      ImageSize size = data == null ? null : Images.size(data);
      if (size == null || size.longerSide() <= maxSide || replaced.containsKey(view)) {
        continue;
      }
      MediaType type = Images.sniff(data);
      replaced.put(view, Images.limit(data, type, maxSide));
    }
    if (replaced.isEmpty()) {
      return glb;
    }
    // Lay the views out again, in order, each on a 4-byte boundary; accessors keep their offsets
    // within their views, so only the views change.
    ByteArrayOutputStream bin = new ByteArrayOutputStream(file.bin().length);
    for (int i = 0; i < views.size(); i++) {
      ObjectNode view = (ObjectNode) views.get(i);
      if (view.path("buffer").asInt() != 0) {
        continue; // a small data: URI buffer, left as it is
      }
      byte[] data = replaced.containsKey(i) ? replaced.get(i) : GlbChecks.viewBytes(view, file.bin());
      while (bin.size() % 4 != 0) {
        bin.write(0);
      }
      view.put("byteOffset", bin.size());
      view.put("byteLength", data.length);
      bin.writeBytes(data);
    }
    byte[] newBin = bin.toByteArray();
    ((ObjectNode) json.withArray("buffers").get(0)).put("byteLength", newBin.length);
    try {
      return Glb.write(COMPACT.writeValueAsBytes(json), newBin);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
