package fi.retki.client.app.state;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import com.jme3.scene.shape.Box;
import fi.retki.scenes.PaletteKind;

/**
 * A bright frame on the ground around the selected object's footprint, so that the pupil sees
 * which object Q/E, Delete and a drag act on and how much room it takes. It hangs under the
 * object's view and so moves and turns with it. Render thread only.
 */
final class SelectionFrame {
  static final ColorRGBA COLOR = new ColorRGBA(1f, 0.82f, 0.25f, 1f);
  static final float THICKNESS = 0.08f;

  private final Node frame = new Node("selection");
  private final Geometry[] sides = new Geometry[4];

  void build(AssetManager assets) {
    Material material = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
    material.setColor("Color", COLOR);
    for (int i = 0; i < sides.length; i++) {
      sides[i] = new Geometry("selection-side-" + i, new Box(0.5f, 0.5f, 0.5f));
      sides[i].setMaterial(material);
      frame.attachChild(sides[i]);
    }
  }

  /** Shows the frame around a view, as big as the kind's footprint (a little outside it). */
  void around(Spatial view, PaletteKind.Footprint footprint) {
    float w = (float) footprint.width() / 2 + THICKNESS;
    float d = (float) footprint.depth() / 2 + THICKNESS;
    float y = 0.06f;
    place(sides[0], new Vector3f(0, y, d), 2 * w + THICKNESS, THICKNESS);
    place(sides[1], new Vector3f(0, y, -d), 2 * w + THICKNESS, THICKNESS);
    place(sides[2], new Vector3f(w, y, 0), THICKNESS, 2 * d + THICKNESS);
    place(sides[3], new Vector3f(-w, y, 0), THICKNESS, 2 * d + THICKNESS);
    if (view instanceof Node node && frame.getParent() != node) {
      frame.removeFromParent();
      node.attachChild(frame);
    }
  }

  private static void place(Geometry side, Vector3f centre, float sizeX, float sizeZ) {
    side.setLocalTranslation(centre);
    side.setLocalScale(sizeX, 0.1f, sizeZ);
  }

  void hide() {
    frame.removeFromParent();
  }

  /** True while the frame is shown. */
  boolean shown() {
    return frame.getParent() != null;
  }
}
