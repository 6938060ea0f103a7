package fi.retki.client.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.gltf.Glb;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Tiny GLBs and a sky picture written by the tests themselves: a box, a ground square, and a box
 * on an arm that turns about y in a looping clip named {@code loop}.
 */
final class TestModels {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root = JSON.createObjectNode();
  private final ByteArrayOutputStream bin = new ByteArrayOutputStream();

  private TestModels() {
    root.putObject("asset").put("version", "2.0");
    root.putArray("buffers");
    root.putArray("bufferViews");
    root.putArray("accessors");
    root.putArray("meshes");
    root.putArray("materials");
    root.putArray("nodes");
    root.putArray("scenes").addObject().putArray("nodes");
    root.put("scene", 0);
  }

  /** A box {@code size} metres on a side standing on y = 0, of a plain colour (sRGB 0..1). */
  static byte[] box(float size, float r, float g, float b) {
    TestModels m = new TestModels();
    int node = m.node(m.boxMesh(size, m.material(r, g, b)), "box");
    m.top(node);
    return m.glb();
  }

  /** A level square {@code side} metres across at y = 0. */
  static byte[] ground(float side, float r, float g, float b) {
    TestModels m = new TestModels();
    float h = side / 2;
    float[] p = {-h, 0, -h, h, 0, -h, h, 0, h, -h, 0, h};
    float[] n = {0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0};
    int[] idx = {0, 2, 1, 0, 3, 2};
    m.top(m.node(m.mesh(p, n, idx, m.material(r, g, b)), "ground"));
    return m.glb();
  }

  /** A pivot node "arm" 1 m up holding a box 2 m out along x; "loop" turns it once about y in {@code seconds}. */
  static byte[] turningArm(float seconds) {
    TestModels m = new TestModels();
    int box = m.node(m.boxMesh(0.5f, m.material(1, 0.5f, 0.1f)), "tip");
    ((ObjectNode) m.root.withArray("nodes").get(box)).putArray("translation").add(2).add(0).add(0);
    int arm = m.node(-1, "arm");
    ObjectNode armNode = (ObjectNode) m.root.withArray("nodes").get(arm);
    armNode.putArray("translation").add(0).add(1).add(0);
    armNode.putArray("children").add(box);
    m.top(arm);
    int keys = 5;
    float[] times = new float[keys];
    float[] turns = new float[keys * 4];
    for (int i = 0; i < keys; i++) {
      times[i] = seconds * i / (keys - 1);
      double half = Math.PI * i / (keys - 1); // a quarter turn per key: half-angle 0 … π
      turns[i * 4 + 1] = (float) Math.sin(half);
      turns[i * 4 + 3] = (float) Math.cos(half);
    }
    int input = m.accessor(floats(times), 5126, keys, "SCALAR", -1, times[0], times[keys - 1]);
    int output = m.accessor(floats(turns), 5126, keys, "VEC4", -1, Float.NaN, Float.NaN);
    ObjectNode animation = m.root.putArray("animations").addObject();
    animation.put("name", "loop");
    animation.putArray("samplers").addObject().put("input", input).put("output", output).put("interpolation", "LINEAR");
    ObjectNode channel = animation.putArray("channels").addObject();
    channel.put("sampler", 0);
    channel.putObject("target").put("node", arm).put("path", "rotation");
    return m.glb();
  }

  /** An equirectangular sky of one colour (a 2:1 PNG). */
  static void sky(Path file, int rgb) throws IOException {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 32; y++) {
        image.setRGB(x, y, rgb);
      }
    }
    ImageIO.write(image, "png", file.toFile());
  }

  static void write(Path file, byte[] glb) throws IOException {
    Files.write(file, glb);
  }

  private int boxMesh(float size, int material) {
    float h = size / 2;
    float[][] faces = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
    float[] p = new float[24 * 3];
    float[] n = new float[24 * 3];
    int[] idx = new int[36];
    for (int f = 0; f < 6; f++) {
      float[] nn = faces[f];
      // two axes across the face, chosen so that u × v = n (counter-clockwise seen from outside)
      float[] u = nn[0] != 0 ? new float[] {0, nn[0], 0} : nn[1] != 0 ? new float[] {0, 0, nn[1]} : new float[] {nn[2], 0, 0};
      float[] v = cross(nn, u);
      float[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
      for (int c = 0; c < 4; c++) {
        int k = (f * 4 + c) * 3;
        for (int a = 0; a < 3; a++) {
          p[k + a] = h * (nn[a] + corners[c][0] * u[a] + corners[c][1] * v[a]) + (a == 1 ? h : 0);
          n[k + a] = nn[a];
        }
      }
      int[] quad = {0, 1, 2, 0, 2, 3};
      for (int i = 0; i < 6; i++) {
        idx[f * 6 + i] = f * 4 + quad[i];
      }
    }
    return mesh(p, n, idx, material);
  }

  private static float[] cross(float[] a, float[] b) {
    return new float[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  private int material(float r, float g, float b) {
    ArrayNode materials = root.withArray("materials");
    ObjectNode pbr = materials.addObject().putObject("pbrMetallicRoughness");
    pbr.putArray("baseColorFactor").add(srgbToLinear(r)).add(srgbToLinear(g)).add(srgbToLinear(b)).add(1.0);
    pbr.put("metallicFactor", 0.0).put("roughnessFactor", 1.0);
    return materials.size() - 1;
  }

  private static double srgbToLinear(float c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private int mesh(float[] positions, float[] normals, int[] indices, int material) {
    float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
    float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (int i = 0; i < positions.length; i++) {
      min[i % 3] = Math.min(min[i % 3], positions[i]);
      max[i % 3] = Math.max(max[i % 3], positions[i]);
    }
    int pos = accessor(floats(positions), 5126, positions.length / 3, "VEC3", 34962, Float.NaN, Float.NaN);
    ObjectNode posAccessor = (ObjectNode) root.withArray("accessors").get(pos);
    posAccessor.putArray("min").add(min[0]).add(min[1]).add(min[2]);
    posAccessor.putArray("max").add(max[0]).add(max[1]).add(max[2]);
    int nor = accessor(floats(normals), 5126, normals.length / 3, "VEC3", 34962, Float.NaN, Float.NaN);
    ByteBuffer ib = ByteBuffer.allocate(indices.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int i : indices) {
      ib.putInt(i);
    }
    int idx = accessor(ib.array(), 5125, indices.length, "SCALAR", 34963, Float.NaN, Float.NaN);
    ArrayNode meshes = root.withArray("meshes");
    ObjectNode primitive = meshes.addObject().putArray("primitives").addObject();
    primitive.putObject("attributes").put("POSITION", pos).put("NORMAL", nor);
    primitive.put("indices", idx).put("material", material);
    return meshes.size() - 1;
  }

  private int accessor(byte[] data, int componentType, int count, String type, int target, float min, float max) {
    int offset = bin.size();
    bin.writeBytes(data);
    while (bin.size() % 4 != 0) {
      bin.write(0);
    }
    ArrayNode views = root.withArray("bufferViews");
    ObjectNode view = views.addObject().put("buffer", 0).put("byteOffset", offset).put("byteLength", data.length);
    if (target > 0) {
      view.put("target", target);
    }
    ArrayNode accessors = root.withArray("accessors");
    ObjectNode accessor = accessors.addObject().put("bufferView", views.size() - 1).put("componentType", componentType)
        .put("count", count).put("type", type);
    if (!Float.isNaN(min)) {
      accessor.putArray("min").add(min);
      accessor.putArray("max").add(max);
    }
    return accessors.size() - 1;
  }

  private int node(int mesh, String name) {
    ArrayNode nodes = root.withArray("nodes");
    ObjectNode node = nodes.addObject().put("name", name);
    if (mesh >= 0) {
      node.put("mesh", mesh);
    }
    return nodes.size() - 1;
  }

  private void top(int node) {
    ((ArrayNode) root.withArray("scenes").get(0).get("nodes")).add(node);
  }

  private byte[] glb() {
    root.withArray("buffers").addObject().put("byteLength", bin.size());
    try {
      return Glb.write(JSON.writeValueAsBytes(root), bin.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] floats(float[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      buffer.putFloat(v);
    }
    return buffer.array();
  }
}
