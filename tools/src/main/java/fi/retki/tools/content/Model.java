package fi.retki.tools.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.gltf.Glb;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model made of parts, each a mesh in one material, written as a GLB: one node, one mesh, one
 * primitive per material, non-indexed flat-shaded triangles with POSITION (with bounds), NORMAL
 * and, for textured materials, TEXCOORD_0. Images are embedded in the binary chunk.
 */
final class Model {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<Material, Mesh> parts = new LinkedHashMap<>();

  /** The mesh of {@code material}, to add shapes to. */
  Mesh part(Material material) {
    return parts.computeIfAbsent(material, m -> new Mesh());
  }

  byte[] toGlb() {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("asset").put("version", "2.0").put("generator", "Retki pack generator");
    root.put("scene", 0);
    root.putArray("scenes").addObject().putArray("nodes").add(0);
    root.putArray("nodes").addObject().put("mesh", 0);
    ArrayNode primitives = root.putArray("meshes").addObject().putArray("primitives");
    ArrayNode accessors = JSON.createArrayNode();
    ArrayNode views = JSON.createArrayNode();
    ArrayNode materials = JSON.createArrayNode();
    ArrayNode images = JSON.createArrayNode();
    ArrayNode textures = JSON.createArrayNode();
    ByteArrayOutputStream bin = new ByteArrayOutputStream();
    Map<byte[], Integer> imageIndex = new IdentityHashMap<>();
    for (Map.Entry<Material, Mesh> part : parts.entrySet()) {
      Material material = part.getKey();
      Mesh mesh = part.getValue();
      if (mesh.isEmpty()) {
        continue;
      }
      ObjectNode primitive = primitives.addObject();
      ObjectNode attributes = primitive.putObject("attributes");
      attributes.put("POSITION", accessor(accessors, views, bin, mesh.positions(), "VEC3", true));
      attributes.put("NORMAL", accessor(accessors, views, bin, mesh.normals(), "VEC3", false));
      if (material.texture() != null) {
        attributes.put("TEXCOORD_0", accessor(accessors, views, bin, mesh.uvs(), "VEC2", false));
      }
      primitive.put("material", materials.size());
      ObjectNode m = materials.addObject().put("name", material.name());
      ObjectNode pbr = m.putObject("pbrMetallicRoughness");
      pbr.putArray("baseColorFactor").add(material.r()).add(material.g()).add(material.b()).add(material.a());
      pbr.put("metallicFactor", material.metallic()).put("roughnessFactor", material.roughness());
      if (material.doubleSided()) {
        m.put("doubleSided", true);
      }
      if (material.texture() != null) {
        Integer texture = imageIndex.get(material.texture());
        if (texture == null) {
          texture = textures.size();
          imageIndex.put(material.texture(), texture);
          int view = view(views, bin, material.texture(), null);
          images.addObject().put("bufferView", view).put("mimeType", material.textureMime());
          textures.addObject().put("sampler", 0).put("source", images.size() - 1);
        }
        pbr.putObject("baseColorTexture").put("index", texture);
      }
    }
    root.set("materials", materials);
    if (images.size() > 0) {
      root.set("textures", textures);
      root.set("images", images);
      root.putArray("samplers").addObject().put("magFilter", 9729).put("minFilter", 9987)
          .put("wrapS", 10497).put("wrapT", 10497);
    }
    root.set("accessors", accessors);
    root.set("bufferViews", views);
    root.putArray("buffers").addObject().put("byteLength", bin.size());
    try {
      return Glb.write(JSON.writeValueAsBytes(root), bin.toByteArray());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int accessor(ArrayNode accessors, ArrayNode views, ByteArrayOutputStream bin, float[] data,
      String type, boolean bounds) {
    ByteBuffer bytes = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : data) {
      bytes.putFloat(f);
    }
    int view = view(views, bin, bytes.array(), 34962);
    int components = type.equals("VEC3") ? 3 : 2;
    ObjectNode accessor = accessors.addObject().put("bufferView", view).put("componentType", 5126)
        .put("count", data.length / components).put("type", type);
    if (bounds) {
      float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
      float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
      for (int i = 0; i < data.length; i++) {
        min[i % 3] = Math.min(min[i % 3], data[i]);
        max[i % 3] = Math.max(max[i % 3], data[i]);
      }
      ArrayNode minNode = accessor.putArray("min");
      ArrayNode maxNode = accessor.putArray("max");
      for (int i = 0; i < 3; i++) {
        minNode.add(min[i]);
        maxNode.add(max[i]);
      }
    }
    return accessors.size() - 1;
  }

  private static int view(ArrayNode views, ByteArrayOutputStream bin, byte[] data, Integer target) {
    while (bin.size() % 4 != 0) {
      bin.write(0);
    }
    ObjectNode view = views.addObject().put("buffer", 0).put("byteOffset", bin.size()).put("byteLength", data.length);
    if (target != null) {
      view.put("target", target);
    }
    bin.writeBytes(data);
    return views.size() - 1;
  }

  /** Every part's triangles, for tests. */
  List<Mesh> meshes() {
    return new ArrayList<>(parts.values());
  }
}
