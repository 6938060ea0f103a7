package fi.retki.client.app.state;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.math.ColorRGBA;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Node;
import com.jme3.scene.shape.Cylinder;

/**
 * The daycare's calm icon for "not now": a pale crescent moon for the GUI node, drawn as a disc
 * with a disc of the waiting screen's sky blue over part of it (no texture, no words).
 */
final class Moon {
  static final String NAME = "daycare-moon";
  private static final ColorRGBA PALE = new ColorRGBA(1f, 0.93f, 0.7f, 1f);

  private Moon() {}

  /** A moon of this radius (pixels) centred on the node's origin. */
  static Node of(AssetManager assets, float radius) {
    Node moon = new Node(NAME);
    moon.attachChild(disc(assets, radius, PALE, 0, 0, 0));
    moon.attachChild(disc(assets, radius * 0.85f, WorldState.SKY_BLUE, radius * 0.45f, radius * 0.25f, 1));
    return moon;
  }

  private static Geometry disc(AssetManager assets, float radius, ColorRGBA color, float x, float y, float z) {
    Geometry disc = new Geometry("moon-disc", new Cylinder(2, 64, radius, 0.01f, true));
    Material material = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
    material.setColor("Color", color.clone());
    disc.setMaterial(material);
    disc.setQueueBucket(RenderQueue.Bucket.Gui);
    disc.setLocalTranslation(x, y, z);
    return disc;
  }
}
