package fi.retki.assets.gltf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.assets.image.Images;
import fi.retki.scenes.MediaType;
import fi.retki.scenes.Problem;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The structural checks of a GLB that keep a broken or unsafe model out of a pack: the container,
 * every index in range, every byte range inside its buffer, no external URIs, small {@code data:}
 * URIs only, and embedded images that are what they say and not oversize.
 *
 * <p>This is not a full glTF validator (CI runs the Khronos one over the built-in packs); it
 * holds the rules whose breaking would crash or endanger a client.
 */
public final class GlbChecks {
  /** The largest payload a {@code data:} URI may carry. */
  public static final int MAX_DATA_URI_BYTES = 4096;

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private GlbChecks(String file) {
    this.file = file;
  }

  /** Every problem found in the GLB; empty if it is sound. */
  public static List<Problem> check(String fileName, byte[] glb) {
    GlbChecks checks = new GlbChecks(fileName);
    GlbFile parsed;
    try {
      parsed = Glb.parse(glb);
    } catch (GlbException e) {
      return List.of(Problem.inFile(fileName, e.getMessage()));
    }
    checks.document(parsed);
    return checks.problems;
  }

  private void problem(String path, String message) {
    problems.add(new Problem(file, path, message));
  }

  private void document(GlbFile glb) {
    ObjectNode json = glb.json();
    JsonNode asset = json.path("asset");
    if (!asset.path("version").asText().equals("2.0")) {
      problem("$.asset.version", "is " + (asset.has("version") ? asset.get("version").toString() : "missing")
          + "; a glTF 2.0 file says \"2.0\"");
    }
    long[] bufferSizes = buffers(json.path("buffers"), glb.bin());
    long[] viewEnds = bufferViews(json.path("bufferViews"), bufferSizes);
    accessors(json.path("accessors"), json.path("bufferViews"), viewEnds);
    int accessorCount = json.path("accessors").size();
    meshes(json.path("meshes"), accessorCount, json.path("materials").size());
    indices(json.path("nodes"), "mesh", json.path("meshes").size(), "$.nodes");
    nodeChildren(json.path("nodes"));
    indices(json.path("textures"), "source", json.path("images").size(), "$.textures");
    indices(json.path("textures"), "sampler", json.path("samplers").size(), "$.textures");
    images(json.path("images"), json.path("bufferViews"), glb.bin());
    JsonNode scenes = json.path("scenes");
    if (scenes.size() == 0) {
      problem("$.scenes", "missing or empty; a model needs a scene with its nodes");
    }
    for (int i = 0; i < scenes.size(); i++) {
      for (JsonNode node : scenes.get(i).path("nodes")) {
        inRange(node, json.path("nodes").size(), "$.scenes[" + i + "].nodes", "node");
      }
    }
  }

  private long[] buffers(JsonNode buffers, byte[] bin) {
    long[] sizes = new long[buffers.size()];
    for (int i = 0; i < buffers.size(); i++) {
      String path = "$.buffers[" + i + "]";
      JsonNode buffer = buffers.get(i);
      long declared = buffer.path("byteLength").asLong(-1);
      sizes[i] = declared;
      if (buffer.has("uri")) {
        byte[] data = dataUri(buffer.get("uri").asText(), path + ".uri");
        if (data != null && data.length < declared) {
          problem(path + ".byteLength", declared + " is more than the " + data.length + " bytes its data: URI holds");
        }
      } else if (i != 0) {
        problem(path, "has no uri; only the first buffer may be the GLB's binary chunk");
      } else if (bin == null) {
        problem(path, "refers to the GLB's binary chunk, but the file has none");
      } else if (declared > bin.length || declared < 0) {
        problem(path + ".byteLength", declared + " does not fit the binary chunk of " + bin.length + " bytes");
      }
    }
    return sizes;
  }

  private byte[] dataUri(String uri, String path) {
    if (!uri.startsWith("data:")) {
      problem(path, "\"" + shorten(uri) + "\" points outside the file; external URIs are not allowed in a pack, "
          + "embed the data in the GLB's binary chunk");
      return null;
    }
    int comma = uri.indexOf(',');
    if (comma < 0 || !uri.substring(0, comma).endsWith(";base64")) {
      problem(path, "is a data: URI that is not base64; embed the data in the GLB's binary chunk");
      return null;
    }
    long payload = (uri.length() - comma - 1) * 3L / 4;
    if (payload > MAX_DATA_URI_BYTES) {
      problem(path, "a data: URI of " + (payload / 1024) + " KiB is too big (at most " + (MAX_DATA_URI_BYTES / 1024)
          + " KiB); embed it in the GLB's binary chunk");
      return null;
    }
    try {
      return Base64.getDecoder().decode(uri.substring(comma + 1));
    } catch (IllegalArgumentException e) {
      problem(path, "is a data: URI whose base64 does not decode");
      return null;
    }
  }

  private long[] bufferViews(JsonNode views, long[] bufferSizes) {
    long[] ends = new long[views.size()];
    for (int i = 0; i < views.size(); i++) {
      String path = "$.bufferViews[" + i + "]";
      JsonNode view = views.get(i);
      int buffer = view.path("buffer").asInt(-1);
      long offset = view.path("byteOffset").asLong(0);
      long length = view.path("byteLength").asLong(-1);
      ends[i] = length;
      if (!inRange(view.get("buffer"), bufferSizes.length, path + ".buffer", "buffer")) {
        continue;
      }
      if (offset < 0 || length < 1 || offset + length > bufferSizes[buffer]) {
        problem(path, "bytes " + offset + " to " + (offset + length) + " do not fit in buffer " + buffer + " of "
            + bufferSizes[buffer] + " bytes");
      }
    }
    return ends;
  }

  private void accessors(JsonNode accessors, JsonNode views, long[] viewLengths) {
    for (int i = 0; i < accessors.size(); i++) {
      String path = "$.accessors[" + i + "]";
      JsonNode accessor = accessors.get(i);
      int componentSize = componentSize(accessor.path("componentType").asInt());
      int components = components(accessor.path("type").asText());
      long count = accessor.path("count").asLong(-1);
      if (componentSize == 0) {
        problem(path + ".componentType", accessor.path("componentType") + " is not a glTF component type");
        continue;
      }
      if (components == 0) {
        problem(path + ".type", accessor.path("type") + " is not a glTF accessor type");
        continue;
      }
      if (count < 1) {
        problem(path + ".count", "must be at least 1");
        continue;
      }
      if (!accessor.has("bufferView")) {
        continue;
      }
      if (!inRange(accessor.get("bufferView"), viewLengths.length, path + ".bufferView", "buffer view")) {
        continue;
      }
      int view = accessor.get("bufferView").asInt();
      long element = (long) componentSize * components;
      long stride = views.get(view).path("byteStride").asLong(element);
      long needed = accessor.path("byteOffset").asLong(0) + stride * (count - 1) + element;
      if (needed > viewLengths[view]) {
        problem(path, count + " elements need " + needed + " bytes but buffer view " + view + " has "
            + viewLengths[view]);
      }
    }
  }

  private void meshes(JsonNode meshes, int accessors, int materials) {
    for (int m = 0; m < meshes.size(); m++) {
      JsonNode primitives = meshes.get(m).path("primitives");
      if (primitives.size() == 0) {
        problem("$.meshes[" + m + "].primitives", "missing or empty; a mesh needs at least one primitive");
      }
      for (int p = 0; p < primitives.size(); p++) {
        String path = "$.meshes[" + m + "].primitives[" + p + "]";
        JsonNode primitive = primitives.get(p);
        JsonNode attributes = primitive.path("attributes");
        if (!attributes.has("POSITION")) {
          problem(path + ".attributes", "has no POSITION; a primitive needs its vertex positions");
        }
        attributes.fields().forEachRemaining(
            e -> inRange(e.getValue(), accessors, path + ".attributes." + e.getKey(), "accessor"));
        if (primitive.has("indices")) {
          inRange(primitive.get("indices"), accessors, path + ".indices", "accessor");
        }
        if (primitive.has("material")) {
          inRange(primitive.get("material"), materials, path + ".material", "material");
        }
      }
    }
  }

  private void nodeChildren(JsonNode nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      for (JsonNode child : nodes.get(i).path("children")) {
        inRange(child, nodes.size(), "$.nodes[" + i + "].children", "node");
      }
    }
  }

  private void indices(JsonNode array, String field, int size, String path) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).has(field)) {
        inRange(array.get(i).get(field), size, path + "[" + i + "]." + field, field);
      }
    }
  }

  private void images(JsonNode images, JsonNode views, byte[] bin) {
    for (int i = 0; i < images.size(); i++) {
      String path = "$.images[" + i + "]";
      JsonNode image = images.get(i);
      byte[] data = null;
      if (image.has("uri")) {
        data = dataUri(image.get("uri").asText(), path + ".uri");
      } else if (image.has("bufferView")) {
        int view = image.get("bufferView").asInt(-1);
        if (!inRange(image.get("bufferView"), views.size(), path + ".bufferView", "buffer view")) {
          continue;
        }
        data = viewBytes(views.get(view), bin);
      } else {
        problem(path, "has neither a bufferView nor a uri");
      }
      if (data == null) {
        continue;
      }
      String mime = image.path("mimeType").asText(null);
      MediaType declared = mime == null ? Images.sniff(data) : MediaType.ofMime(mime);
      if (declared != MediaType.PNG && declared != MediaType.JPEG) {
        problem(path + ".mimeType", (mime == null ? "missing" : "\"" + mime + "\" is not allowed")
            + "; embedded images must be image/png or image/jpeg");
        continue;
      }
      for (Problem p : Images.check(file, data, declared)) {
        problem(path, p.message());
      }
    }
  }

  /** The bytes of a buffer view in the BIN chunk, or {@code null} if it is not there. */
  static byte[] viewBytes(JsonNode view, byte[] bin) {
    if (bin == null || view.path("buffer").asInt(-1) != 0) {
      return null;
    }
    long offset = view.path("byteOffset").asLong(0);
    long length = view.path("byteLength").asLong(0);
    if (offset < 0 || length < 0 || offset + length > bin.length) {
      return null;
    }
    byte[] data = new byte[(int) length];
    System.arraycopy(bin, (int) offset, data, 0, (int) length);
    return data;
  }

  private boolean inRange(JsonNode index, int size, String path, String what) {
    if (index == null || !index.canConvertToInt() || !index.isIntegralNumber() || index.asInt() < 0
        || index.asInt() >= size) {
      problem(path, (index == null ? "missing" : index.toString()) + " is not a " + what + " index; this file has "
          + size + " " + what + (size == 1 ? "" : "s"));
      return false;
    }
    return true;
  }

  private static int componentSize(int type) {
    switch (type) {
      case 5120:
      case 5121:
        return 1;
      case 5122:
      case 5123:
        return 2;
      case 5125:
      case 5126:
        return 4;
      default:
        return 0;
    }
  }

  private static int components(String type) {
    switch (type) {
      case "SCALAR":
        return 1;
      case "VEC2":
        return 2;
      case "VEC3":
        return 3;
      case "VEC4":
      case "MAT2":
        return 4;
      case "MAT3":
        return 9;
      case "MAT4":
        return 16;
      default:
        return 0;
    }
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
