package fi.retki.assets.gltf;

import com.fasterxml.jackson.databind.JsonNode;

/** How many triangles a GLB draws: what its scene's nodes put on screen, each use of a mesh counted. */
public final class GlbTriangles {
  /* Triangles are counted from accessor counts only (indices, else POSITION), so nothing is decoded.
     Modes 4 (triangles), 5 (strip) and 6 (fan) draw triangles; points and lines draw none. */
  private static final int MAX_DEPTH = 64;

  private GlbTriangles() {}

  /** The triangles the default scene (or every root node, if none is named) draws. */
  public static long count(byte[] glb) throws GlbException {
    JsonNode json = Glb.parse(glb).json();
    JsonNode scenes = json.path("scenes");
    JsonNode roots = scenes.path(json.path("scene").asInt(0)).path("nodes");
    long total = 0;
    for (JsonNode root : roots) {
      total += node(json, root.asInt(-1), 0);
    }
    return total;
  }

  private static long node(JsonNode json, int index, int depth) {
    JsonNode node = json.path("nodes").path(index);
    if (node.isMissingNode() || depth > MAX_DEPTH) {
      return 0;
    }
    long total = node.has("mesh") ? mesh(json, json.path("meshes").path(node.get("mesh").asInt(-1))) : 0;
    for (JsonNode child : node.path("children")) {
      total += node(json, child.asInt(-1), depth + 1);
    }
    return total;
  }

  private static long mesh(JsonNode json, JsonNode mesh) {
    long total = 0;
    for (JsonNode primitive : mesh.path("primitives")) {
      int mode = primitive.path("mode").asInt(4);
      JsonNode counted = primitive.has("indices") ? primitive.get("indices")
          : primitive.path("attributes").path("POSITION");
      long vertices = json.path("accessors").path(counted.asInt(-1)).path("count").asLong(0);
      if (mode == 4) {
        total += vertices / 3;
      } else if (mode == 5 || mode == 6) {
        total += Math.max(0, vertices - 2);
      }
    }
    return total;
  }
}
