package fi.retki.tools.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model made of parts, each a mesh in one material, written as a GLB: a root node with one mesh,
 * one primitive per material, non-indexed flat-shaded triangles with POSITION (with bounds), NORMAL
 * and, for textured materials, TEXCOORD_0. Images are embedded in the binary chunk. Moving parts
 * ({@link #moving}) are child nodes with meshes of their own, animated by one looping clip.
 */
final class Model {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The name of the one looping clip of a model with moving parts (the client plays it). */
  static final String CLIP = "loop";
  private final Part root = new Part(null, 0, 0, 0);

  /** The mesh of {@code material}, to add shapes to. */
  Mesh part(Material material) {
    return root.part(material);
  }

  /** A part that moves, with its own node; its shapes are placed relative to its pivot {@code (x, y, z)}. */
  Part moving(String name, double x, double y, double z) {
    return root.moving(name, x, y, z);
  }

  /**
   * A node of the model: meshes per material, moving children, and the key frames that move it.
   * Only the model's root is fixed; every other part is a child node that can turn or travel.
   */
  static final class Part {
    private final String name;
    private final double[] pivot;
    private final Map<Material, Mesh> meshes = new LinkedHashMap<>();
    private final List<Part> children = new ArrayList<>();
    private Motion rotation;
    private Motion translation;

    private Part(String name, double x, double y, double z) {
      this.name = name;
      this.pivot = new double[] {x, y, z};
    }

    Mesh part(Material material) {
      return meshes.computeIfAbsent(material, m -> new Mesh());
    }

    Part moving(String childName, double x, double y, double z) {
      Part child = new Part(childName, x, y, z);
      children.add(child);
      return child;
    }

    /** Turns over time (rotation key frames, see {@link Motion}). */
    Part turns(Motion motion) {
      rotation = motion;
      return this;
    }

    /** Travels over time: the pivot's position key frames, replacing the fixed pivot. */
    Part travels(Motion motion) {
      translation = motion;
      return this;
    }
  }

  byte[] toGlb() {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("asset").put("version", "2.0").put("generator", "Retki pack generator");
    root.put("scene", 0);
    root.putArray("scenes").addObject().putArray("nodes").add(0);
    Glb glb = new Glb();
    List<Part> order = new ArrayList<>();
    collect(this.root, order);
    ArrayNode nodes = root.putArray("nodes");
    for (Part part : order) {
      ObjectNode node = nodes.addObject();
      if (part.name != null) {
        node.put("name", part.name);
      }
      if (part != this.root && (part.pivot[0] != 0 || part.pivot[1] != 0 || part.pivot[2] != 0)) {
        node.putArray("translation").add(part.pivot[0]).add(part.pivot[1]).add(part.pivot[2]);
      }
      if (!part.children.isEmpty()) {
        ArrayNode children = node.putArray("children");
        for (Part child : part.children) {
          children.add(order.indexOf(child));
        }
      }
      if (part.meshes.values().stream().anyMatch(m -> !m.isEmpty())) {
        node.put("mesh", glb.mesh(part.meshes));
      }
    }
    glb.animation(order);
    glb.finish(root);
    try {
      return fi.retki.assets.gltf.Glb.write(JSON.writeValueAsBytes(root), glb.bin.toByteArray());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Part part, List<Part> order) {
    order.add(part);
    for (Part child : part.children) {
      collect(child, order);
    }
  }

  /** The glTF arrays being filled and the binary chunk behind them. */
  private static final class Glb {
    final ArrayNode meshes = JSON.createArrayNode();
    final ArrayNode accessors = JSON.createArrayNode();
    final ArrayNode views = JSON.createArrayNode();
    final ArrayNode materials = JSON.createArrayNode();
    final ArrayNode images = JSON.createArrayNode();
    final ArrayNode textures = JSON.createArrayNode();
    final ArrayNode animations = JSON.createArrayNode();
    final ByteArrayOutputStream bin = new ByteArrayOutputStream();
    final Map<byte[], Integer> imageIndex = new IdentityHashMap<>();

    int mesh(Map<Material, Mesh> parts) {
      ArrayNode primitives = meshes.addObject().putArray("primitives");
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
      return meshes.size() - 1;
    }

    /** One clip, {@link #CLIP}, with a channel per moving part's rotation and translation. */
    void animation(List<Part> order) {
      ArrayNode channels = JSON.createArrayNode();
      ArrayNode samplers = JSON.createArrayNode();
      for (int i = 0; i < order.size(); i++) {
        Part part = order.get(i);
        if (part.rotation != null) {
          channel(channels, samplers, i, "rotation", part.rotation, "VEC4");
        }
        if (part.translation != null) {
          channel(channels, samplers, i, "translation", part.translation, "VEC3");
        }
      }
      if (!channels.isEmpty()) {
        ObjectNode clip = animations.addObject().put("name", CLIP);
        clip.set("channels", channels);
        clip.set("samplers", samplers);
      }
    }

    private void channel(ArrayNode channels, ArrayNode samplers, int node, String path, Motion motion, String type) {
      float[] times = new float[motion.times.length];
      for (int i = 0; i < times.length; i++) {
        times[i] = (float) motion.times[i];
      }
      int width = type.equals("VEC4") ? 4 : 3;
      float[] values = new float[motion.values.length * width];
      for (int i = 0; i < motion.values.length; i++) {
        for (int c = 0; c < width; c++) {
          values[i * width + c] = (float) motion.values[i][c];
        }
      }
      int input = accessor(accessors, views, bin, times, "SCALAR", true, false);
      int output = accessor(accessors, views, bin, values, type, false, false);
      samplers.addObject().put("input", input).put("output", output).put("interpolation", "LINEAR");
      channels.addObject().put("sampler", samplers.size() - 1).putObject("target").put("node", node).put("path", path);
    }

    void finish(ObjectNode root) {
      root.set("meshes", meshes);
      if (!animations.isEmpty()) {
        root.set("animations", animations);
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
    }
  }

  private static int accessor(ArrayNode accessors, ArrayNode views, ByteArrayOutputStream bin, float[] data,
      String type, boolean bounds) {
    return accessor(accessors, views, bin, data, type, bounds, true);
  }

  /** An accessor of vertex data ({@code vertices}) or of animation key frames (no buffer target). */
  private static int accessor(ArrayNode accessors, ArrayNode views, ByteArrayOutputStream bin, float[] data,
      String type, boolean bounds, boolean vertices) {
    ByteBuffer bytes = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : data) {
      bytes.putFloat(f);
    }
    int components = type.equals("VEC4") ? 4 : type.equals("VEC3") ? 3 : type.equals("VEC2") ? 2 : 1;
    // vertex attributes are ARRAY_BUFFER data; animation key frames have no buffer target
    int view = view(views, bin, bytes.array(), vertices ? 34962 : null);
    ObjectNode accessor = accessors.addObject().put("bufferView", view).put("componentType", 5126)
        .put("count", data.length / components).put("type", type);
    if (bounds) {
      float[] min = new float[components];
      float[] max = new float[components];
      java.util.Arrays.fill(min, Float.MAX_VALUE);
      java.util.Arrays.fill(max, -Float.MAX_VALUE);
      for (int i = 0; i < data.length; i++) {
        min[i % components] = Math.min(min[i % components], data[i]);
        max[i % components] = Math.max(max[i % components], data[i]);
      }
      ArrayNode minNode = accessor.putArray("min");
      ArrayNode maxNode = accessor.putArray("max");
      for (int i = 0; i < components; i++) {
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
    List<Part> order = new ArrayList<>();
    collect(root, order);
    List<Mesh> all = new ArrayList<>();
    for (Part part : order) {
      all.addAll(part.meshes.values());
    }
    return all;
  }
}
