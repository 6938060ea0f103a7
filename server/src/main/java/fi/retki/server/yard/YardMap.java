package fi.retki.server.yard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.LocalizedText;
import fi.retki.scenes.Palette;
import fi.retki.scenes.SceneJson;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A planning scene's yard seen from above: the picture of the ground and the scene's own objects
 * over {@link #view()}, at {@link #PIXELS_PER_METRE}, and the landmarks (a building with the
 * title of the point of interest inside it) that the plan's labels must leave readable.
 */
public final class YardMap {
  /** The scale of the picture: 10 px a metre makes the yard's 80 m about 800 px. */
  static final int PIXELS_PER_METRE = 10;

  /** A big scene object worth naming on the map, with the ground it covers. */
  record Landmark(Box box, LocalizedText title) {}

  private final String sceneId;
  private final Palette palette;
  private final Box view;
  private final BufferedImage picture;
  private final List<Landmark> landmarks;

  YardMap(String sceneId, Palette palette, Box view, BufferedImage picture, List<Landmark> landmarks) {
    this.sceneId = sceneId;
    this.palette = palette;
    this.view = view;
    this.picture = picture;
    this.landmarks = List.copyOf(landmarks);
  }

  public String sceneId() {
    return sceneId;
  }

  Palette palette() {
    return palette;
  }

  Box view() {
    return view;
  }

  List<Landmark> landmarks() {
    return landmarks;
  }

  /** A copy of the yard's picture (nobody draws on the shared one). */
  BufferedImage picture() {
    BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
    copy.createGraphics().drawImage(picture, 0, 0, null);
    return copy;
  }

  BufferedImage sharedPicture() {
    return picture;
  }

  /**
   * What the console needs to draw the live plan over this map: the area, the view, the picture's
   * address and the landmarks, all in metres on the ground (x east, z south).
   */
  public ObjectNode json(String pictureHref) {
    ObjectNode root = SceneJson.mapper().createObjectNode();
    root.put("scene", sceneId);
    root.set("area", SceneJson.mapper().valueToTree(palette.area()));
    root.set("view", box(view));
    root.put("picture", pictureHref);
    ArrayNode marks = root.putArray("landmarks");
    for (Landmark landmark : landmarks) {
      marks.addObject().<ObjectNode>set("box", box(landmark.box()))
          .set("title", SceneJson.mapper().valueToTree(landmark.title()));
    }
    return root;
  }

  private static ArrayNode box(Box box) {
    return SceneJson.mapper().createArrayNode().add(box.minX()).add(box.minZ()).add(box.maxX()).add(box.maxZ());
  }
}
