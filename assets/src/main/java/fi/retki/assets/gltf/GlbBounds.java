package fi.retki.assets.gltf;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.Vec3;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The box a GLB's geometry fills at rest, in the model's own coordinates: the corners of every
 * mesh's POSITION bounds carried through the node hierarchy of its default scene.
 */
public final class GlbBounds {
  /* Each node's local matrix is its "matrix" or translation * rotation * scale (glTF 2.0,
     "Transformations"); a mesh's box is the accessor's min/max, which glTF requires on POSITION.
     Transforming the 8 corners of each local box and taking their bounds gives a box that holds
     the model (perhaps a little larger than the tightest one when a node is rotated), which is
     what a check of a view needs. Animations are ignored: this is the pose at rest. */

  /** An axis-aligned box. */
  public record Box(Vec3 min, Vec3 max) {
    /** The middle of the box. */
    public Vec3 centre() {
      return new Vec3((min.x() + max.x()) / 2, (min.y() + max.y()) / 2, (min.z() + max.z()) / 2);
    }

    /** The length of the box's diagonal. */
    public double size() {
      return min.distanceTo(max);
    }
  }

  private static final int MAX_DEPTH = 64;

  private final JsonNode json;
  private final double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
  private final double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};

  private GlbBounds(JsonNode json) {
    this.json = json;
  }

  /**
   * The model's box at rest, or {@code null} if it has no geometry.
   *
   * @throws GlbException if a POSITION accessor has no min and max, or the nodes loop
   */
  public static Box of(GlbFile glb) throws GlbException {
    GlbBounds bounds = new GlbBounds(glb.json());
    JsonNode scenes = glb.json().path("scenes");
    JsonNode scene = scenes.path(glb.json().path("scene").asInt(0));
    for (JsonNode node : scene.path("nodes")) {
      bounds.node(node.asInt(), identity(), new ArrayDeque<>());
    }
    if (bounds.min[0] > bounds.max[0]) {
      return null;
    }
    return new Box(new Vec3(bounds.min[0], bounds.min[1], bounds.min[2]),
        new Vec3(bounds.max[0], bounds.max[1], bounds.max[2]));
  }

  private void node(int index, double[] parent, Deque<Integer> path) throws GlbException {
    if (path.contains(index) || path.size() > MAX_DEPTH) {
      throw new GlbException("$.nodes[" + index + "] is its own ancestor; the node hierarchy must be a tree");
    }
    JsonNode node = json.path("nodes").path(index);
    double[] world = multiply(parent, local(node));
    if (node.has("mesh")) {
      mesh(node.get("mesh").asInt(), world);
    }
    path.push(index);
    for (JsonNode child : node.path("children")) {
      node(child.asInt(), world, path);
    }
    path.pop();
  }

  private void mesh(int index, double[] world) throws GlbException {
    JsonNode primitives = json.path("meshes").path(index).path("primitives");
    for (JsonNode primitive : primitives) {
      JsonNode position = primitive.path("attributes").path("POSITION");
      if (!position.canConvertToInt()) {
        continue;
      }
      JsonNode accessor = json.path("accessors").path(position.asInt());
      JsonNode lo = accessor.path("min");
      JsonNode hi = accessor.path("max");
      if (lo.size() != 3 || hi.size() != 3) {
        throw new GlbException("$.accessors[" + position.asInt() + "] holds positions but has no min and max; "
            + "glTF requires them on POSITION (most exporters write them)");
      }
      for (int corner = 0; corner < 8; corner++) {
        double x = ((corner & 1) == 0 ? lo : hi).get(0).asDouble();
        double y = ((corner & 2) == 0 ? lo : hi).get(1).asDouble();
        double z = ((corner & 4) == 0 ? lo : hi).get(2).asDouble();
        add(world[0] * x + world[4] * y + world[8] * z + world[12],
            world[1] * x + world[5] * y + world[9] * z + world[13],
            world[2] * x + world[6] * y + world[10] * z + world[14]);
      }
    }
  }

  private void add(double x, double y, double z) {
    double[] p = {x, y, z};
    for (int i = 0; i < 3; i++) {
      min[i] = Math.min(min[i], p[i]);
      max[i] = Math.max(max[i], p[i]);
    }
  }

  /** A node's local matrix, column-major as glTF writes it. */
  static double[] local(JsonNode node) {
    JsonNode matrix = node.path("matrix");
    if (matrix.size() == 16) {
      double[] m = new double[16];
      for (int i = 0; i < 16; i++) {
        m[i] = matrix.get(i).asDouble();
      }
      return m;
    }
    double tx = component(node, "translation", 0, 0);
    double ty = component(node, "translation", 1, 0);
    double tz = component(node, "translation", 2, 0);
    double qx = component(node, "rotation", 0, 0);
    double qy = component(node, "rotation", 1, 0);
    double qz = component(node, "rotation", 2, 0);
    double qw = component(node, "rotation", 3, 1);
    double sx = component(node, "scale", 0, 1);
    double sy = component(node, "scale", 1, 1);
    double sz = component(node, "scale", 2, 1);
    return new double[] {
        (1 - 2 * (qy * qy + qz * qz)) * sx, 2 * (qx * qy + qz * qw) * sx, 2 * (qx * qz - qy * qw) * sx, 0,
        2 * (qx * qy - qz * qw) * sy, (1 - 2 * (qx * qx + qz * qz)) * sy, 2 * (qy * qz + qx * qw) * sy, 0,
        2 * (qx * qz + qy * qw) * sz, 2 * (qy * qz - qx * qw) * sz, (1 - 2 * (qx * qx + qy * qy)) * sz, 0,
        tx, ty, tz, 1};
  }

  private static double component(JsonNode node, String field, int i, double otherwise) {
    JsonNode value = node.path(field).path(i);
    return value.isNumber() ? value.asDouble() : otherwise;
  }

  private static double[] identity() {
    return new double[] {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
  }

  private static double[] multiply(double[] a, double[] b) {
    double[] m = new double[16];
    for (int column = 0; column < 4; column++) {
      for (int row = 0; row < 4; row++) {
        double sum = 0;
        for (int k = 0; k < 4; k++) {
          sum += a[k * 4 + row] * b[column * 4 + k];
        }
        m[column * 4 + row] = sum;
      }
    }
    return m;
  }
}
