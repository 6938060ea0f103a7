package fi.retki.client.app.scene;

import com.jme3.asset.AssetManager;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.math.ColorRGBA;
import com.jme3.math.FastMath;
import com.jme3.math.Quaternion;
import com.jme3.math.Vector3f;
import com.jme3.renderer.queue.RenderQueue;
import com.jme3.scene.Geometry;
import com.jme3.scene.Mesh;
import com.jme3.scene.Node;
import com.jme3.scene.shape.Cylinder;
import com.jme3.scene.shape.Sphere;

/**
 * A point-of-interest marker: a small map pin standing on its tip, a warm round head over a
 * short cone, each with a dark brown rim so that it reads on a bright sky and on pale sand alike.
 * The node's origin is the tip; {@link MarkerControl} keeps the tip in place and lets it breathe.
 */
final class MarkerPin {
  /** Tip to top, in metres. */
  static final float HEIGHT = 0.42f;
  static final float HEAD_RADIUS = 0.11f;
  static final float CONE_HEIGHT = 0.28f;
  static final float CONE_RADIUS = 0.075f;
  /** How much larger the rim is than what it rims. */
  static final float RIM = 1.22f;
  static final ColorRGBA HEAD = new ColorRGBA(1f, 0.62f, 0.08f, 1f);
  static final ColorRGBA CONE = new ColorRGBA(1f, 0.84f, 0.25f, 1f);
  static final ColorRGBA OUTLINE = new ColorRGBA(0.28f, 0.12f, 0.02f, 1f);

  private MarkerPin() {}

  static Node build(AssetManager assets, String name, Vector3f tip) {
    Node pin = new Node(name);
    Vector3f headAt = new Vector3f(0, HEIGHT - HEAD_RADIUS, 0);
    Vector3f coneAt = new Vector3f(0, CONE_HEIGHT / 2, 0);
    Sphere head = new Sphere(12, 20, HEAD_RADIUS);
    // A cone: a cylinder closing to a point at its +z end, turned so that the point is at the bottom.
    Cylinder cone = new Cylinder(2, 20, 0.002f, CONE_RADIUS, CONE_HEIGHT, true, false);
    Quaternion up = new Quaternion().fromAngleAxis(FastMath.HALF_PI, Vector3f.UNIT_X);
    pin.attachChild(part(assets, "head", head, HEAD, headAt, null, 1));
    pin.attachChild(part(assets, "cone", cone, CONE, coneAt, up, 1));
    pin.attachChild(part(assets, "head-rim", head, OUTLINE, headAt, null, RIM));
    pin.attachChild(part(assets, "cone-rim", cone, OUTLINE, coneAt, up, RIM));
    pin.setShadowMode(RenderQueue.ShadowMode.Off);
    pin.setLocalTranslation(tip);
    pin.addControl(new MarkerControl(HEIGHT, tip));
    return pin;
  }

  /**
   * One part, unshaded so that it is as bright in the shade as in the sun. A rim is the part's
   * back faces, a little larger, in the dark colour: a thin outline around the part's edge.
   */
  private static Geometry part(AssetManager assets, String name, Mesh mesh, ColorRGBA color, Vector3f at,
      Quaternion rotation, float scale) {
    Geometry part = new Geometry(name, mesh);
    Material material = new Material(assets, "Common/MatDefs/Misc/Unshaded.j3md");
    material.setColor("Color", color.clone());
    if (scale != 1) {
      material.getAdditionalRenderState().setFaceCullMode(RenderState.FaceCullMode.Front);
    }
    part.setMaterial(material);
    part.setLocalTranslation(at);
    if (rotation != null) {
      part.setLocalRotation(rotation);
    }
    part.setLocalScale(scale);
    return part;
  }
}
