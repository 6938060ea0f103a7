package fi.retki.server.yard;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.assets.gltf.Glb;
import fi.retki.assets.gltf.GlbException;
import fi.retki.assets.gltf.GlbFile;
import fi.retki.scenes.Palette;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a planning scene from straight above, from its own files: the ground model's texture laid
 * over the ground it covers (the court's lines, the sand, the grass), then every scene object as
 * the boxes of its mesh parts seen from above, each in its material's colour, lower parts first
 * (a roof covers its walls). No renderer and no jME: the boxes come from the glTF accessors'
 * required {@code min}/{@code max}, which is all a map of a yard needs.
 *
 * <p>The view is the planning area, widened to take in every big object near it (the school
 * beside the yard), plus a small margin. Blocking: GLBs and images are decoded here.
 */
final class TopView {
  /** An object that covers this much ground (m²) or more is a building: the map shows it whole. */
  static final double LANDMARK_AREA = 100;
  /** How far (m) from the area a building may stand and still be taken into the view. */
  static final double NEAR = 30;
  static final double MARGIN = 3;
  private static final Color UNKNOWN_GROUND = new Color(0x7a9a5a);

  /** Reads one of the pack's files by its path in the pack; {@code null} if there is none. */
  interface Files {
    byte[] read(String packPath) throws IOException;
  }

  /** One mesh part of a model: its box in the model's space (y up) and its colour. */
  private record Part(double minX, double minY, double minZ, double maxX, double maxY, double maxZ, Color color,
      BufferedImage texture, boolean uvSpansPart) {}

  /** A part placed in the scene: its outline on the ground, the height of its top, its colour. */
  private record Placed(Path2D.Double outline, double top, Color color) {}

  private final Files files;
  private final Map<String, List<Part>> models = new HashMap<>();

  private TopView(Files files) {
    this.files = files;
  }

  /** The yard of a planning scene from above. */
  static YardMap of(Scene scene, Files files) throws IOException {
    Palette palette = scene.palette();
    if (palette == null) {
      throw new IllegalArgumentException("scene " + scene.id() + " is not a planning scene: it has no palette");
    }
    return new TopView(files).draw(scene, palette);
  }

  private YardMap draw(Scene scene, Palette palette) throws IOException {
    Box area = new Box(palette.area().minX(), palette.area().minZ(), palette.area().maxX(), palette.area().maxZ());
    Box view = area;
    List<Placed> placed = new ArrayList<>();
    List<YardMap.Landmark> landmarks = new ArrayList<>();
    for (SceneObject object : scene.objects()) {
      List<Part> parts = model(object.model().value());
      Box footprint = null;
      for (Part part : parts) {
        Path2D.Double outline = outline(object, part);
        java.awt.geom.Rectangle2D bounds = outline.getBounds2D();
        Box box = new Box(bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY());
        footprint = footprint == null ? box : footprint.union(box);
        placed.add(new Placed(outline, object.position().y() + part.maxY() * object.scale(), part.color()));
      }
      if (footprint != null && footprint.width() * footprint.depth() >= LANDMARK_AREA
          && area.grow(NEAR).overlaps(footprint)) {
        view = view.union(footprint);
        PointOfInterest inside = pointInside(scene, footprint);
        if (inside != null) {
          landmarks.add(new YardMap.Landmark(footprint, inside.title()));
        }
      }
    }
    view = view.grow(MARGIN);
    int ppm = YardMap.PIXELS_PER_METRE;
    BufferedImage picture = new BufferedImage((int) Math.ceil(view.width() * ppm), (int) Math.ceil(view.depth() * ppm),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(UNKNOWN_GROUND);
      g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
      g.scale(ppm, ppm);
      g.translate(-view.minX(), -view.minZ());
      drawGround(g, model(scene.ground().model().value()));
      g.setStroke(new BasicStroke(1f / ppm));
      placed.sort(Comparator.comparingDouble(Placed::top));
      for (Placed part : placed) {
        g.setColor(part.color());
        g.fill(part.outline());
        g.draw(part.outline()); // a fence post thinner than a pixel still shows
      }
    } finally {
      g.dispose();
    }
    return new YardMap(scene.id(), palette, view, picture, landmarks);
  }

  /** The ground's texture over the ground it covers, or its parts in their colours. */
  private static void drawGround(Graphics2D g, List<Part> parts) {
    for (Part part : parts) {
      if (part.texture() != null && part.uvSpansPart()) {
        BufferedImage texture = part.texture();
        AffineTransform at = AffineTransform.getTranslateInstance(part.minX(), part.minZ());
        at.scale((part.maxX() - part.minX()) / texture.getWidth(), (part.maxZ() - part.minZ()) / texture.getHeight());
        g.drawImage(texture, at, null);
      } else {
        g.setColor(part.color());
        g.fill(new java.awt.geom.Rectangle2D.Double(part.minX(), part.minZ(), part.maxX() - part.minX(),
            part.maxZ() - part.minZ()));
      }
    }
  }

  /** The part's box seen from above, turned by the object's yaw and scaled and moved to its place. */
  private static Path2D.Double outline(SceneObject object, Part part) {
    double yaw = Math.toRadians(object.yaw());
    double cos = Math.cos(yaw);
    double sin = Math.sin(yaw);
    double s = object.scale();
    double[][] corners = {{part.minX(), part.minZ()}, {part.maxX(), part.minZ()}, {part.maxX(), part.maxZ()},
        {part.minX(), part.maxZ()}};
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < corners.length; i++) {
      double x = corners[i][0] * s;
      double z = corners[i][1] * s;
      // A turn about +y, as jME turns the object: x' = x cos + z sin, z' = -x sin + z cos.
      double wx = object.position().x() + x * cos + z * sin;
      double wz = object.position().z() - x * sin + z * cos;
      if (i == 0) {
        path.moveTo(wx, wz);
      } else {
        path.lineTo(wx, wz);
      }
    }
    path.closePath();
    return path;
  }

  private static PointOfInterest pointInside(Scene scene, Box footprint) {
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      if (footprint.contains(poi.position().x(), poi.position().z())) {
        return poi;
      }
    }
    return null;
  }

  /** The parts of a model, read once per path. A file that is missing or unreadable has none. */
  private List<Part> model(String path) throws IOException {
    List<Part> parts = models.get(path);
    if (parts == null) {
      byte[] bytes = files.read(path);
      parts = bytes == null ? List.of() : parts(bytes);
      models.put(path, parts);
    }
    return parts;
  }

  private static List<Part> parts(byte[] glbBytes) throws IOException {
    GlbFile glb;
    try {
      glb = Glb.parse(glbBytes);
    } catch (GlbException e) {
      return List.of(); // the bake checked every GLB; a map does without a part it cannot read
    }
    JsonNode json = glb.json();
    List<Part> parts = new ArrayList<>();
    JsonNode scene = json.path("scenes").path(json.path("scene").asInt(0));
    for (JsonNode nodeIndex : scene.path("nodes")) {
      JsonNode node = json.path("nodes").path(nodeIndex.asInt());
      if (!node.has("mesh")) {
        continue;
      }
      // Top-level nodes' translation and scale; the built-in packs' models turn nothing inside.
      double[] t = vector(node.path("translation"), 0);
      double[] s = vector(node.path("scale"), 1);
      for (JsonNode primitive : json.path("meshes").path(node.path("mesh").asInt()).path("primitives")) {
        JsonNode position = json.path("accessors").path(primitive.path("attributes").path("POSITION").asInt(-1));
        double[] min = vector(position.path("min"), Double.NaN);
        double[] max = vector(position.path("max"), Double.NaN);
        if (Double.isNaN(min[0] + min[1] + min[2] + max[0] + max[1] + max[2])) {
          continue;
        }
        JsonNode material = json.path("materials").path(primitive.path("material").asInt(-1));
        BufferedImage texture = texture(json, glb.bin(), material);
        JsonNode uv = json.path("accessors").path(primitive.path("attributes").path("TEXCOORD_0").asInt(-1));
        // The bake does not require a UV accessor's min/max; without them, take the usual 0..1.
        boolean spans = !uv.has("min") && !uv.has("max") || near(uv.path("min"), 0) && near(uv.path("max"), 1);
        parts.add(new Part(t[0] + s[0] * min[0], t[1] + s[1] * min[1], t[2] + s[2] * min[2],
            t[0] + s[0] * max[0], t[1] + s[1] * max[1], t[2] + s[2] * max[2], color(material, texture), texture, spans));
      }
    }
    return parts;
  }

  private static BufferedImage texture(JsonNode json, byte[] bin, JsonNode material) throws IOException {
    JsonNode textureInfo = material.path("pbrMetallicRoughness").path("baseColorTexture");
    if (!textureInfo.has("index") || bin == null) {
      return null;
    }
    JsonNode image = json.path("images").path(json.path("textures").path(textureInfo.path("index").asInt())
        .path("source").asInt(-1));
    JsonNode view = json.path("bufferViews").path(image.path("bufferView").asInt(-1));
    int offset = view.path("byteOffset").asInt(0);
    int length = view.path("byteLength").asInt(-1);
    if (length <= 0 || offset < 0 || (long) offset + length > bin.length) {
      return null;
    }
    return ImageIO.read(new ByteArrayInputStream(bin, offset, length));
  }

  /** The material's base colour in sRGB, times its texture's mean colour if it has one. */
  private static Color color(JsonNode material, BufferedImage texture) {
    JsonNode factor = material.path("pbrMetallicRoughness").path("baseColorFactor");
    double[] linear = {1, 1, 1};
    for (int i = 0; i < 3; i++) {
      linear[i] = factor.path(i).asDouble(1);
    }
    int[] srgb = new int[3];
    double[] mean = texture == null ? new double[] {1, 1, 1} : mean(texture);
    for (int i = 0; i < 3; i++) {
      double c = linear[i] <= 0.0031308 ? 12.92 * linear[i] : 1.055 * Math.pow(linear[i], 1 / 2.4) - 0.055;
      srgb[i] = (int) Math.round(Math.max(0, Math.min(1, c * mean[i])) * 255);
    }
    return new Color(srgb[0], srgb[1], srgb[2]);
  }

  /** The mean colour of an image, 0..1 per channel, from a grid of samples. */
  private static double[] mean(BufferedImage image) {
    double[] sum = new double[3];
    int n = 0;
    int step = Math.max(1, Math.min(image.getWidth(), image.getHeight()) / 64);
    for (int y = 0; y < image.getHeight(); y += step) {
      for (int x = 0; x < image.getWidth(); x += step) {
        int rgb = image.getRGB(x, y);
        sum[0] += (rgb >> 16 & 0xff) / 255.0;
        sum[1] += (rgb >> 8 & 0xff) / 255.0;
        sum[2] += (rgb & 0xff) / 255.0;
        n++;
      }
    }
    return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
  }

  private static double[] vector(JsonNode array, double fallback) {
    double[] v = {fallback, fallback, fallback};
    for (int i = 0; i < 3 && array.isArray() && i < array.size(); i++) {
      v[i] = array.path(i).asDouble(fallback);
    }
    return v;
  }

  private static boolean near(JsonNode pair, double value) {
    return pair.isArray() && pair.size() == 2 && Math.abs(pair.path(0).asDouble() - value) < 0.01
        && Math.abs(pair.path(1).asDouble() - value) < 0.01;
  }
}
