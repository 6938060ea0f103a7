package fi.retki.client.app.scene;

import com.jme3.collision.CollisionResults;
import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A scene as spatials, filled in as its files arrive. Holds the ground (for walking and for
 * snapping planned objects) and the point-of-interest markers (for picking). Render thread only.
 */
public final class BuiltScene {
  private final Scene scene;
  private final Node root;
  private final SceneBuilder builder;
  private final Node objects = new Node("objects");
  private final Node markers = new Node("markers");
  private final Set<String> built = new HashSet<>();
  private final Map<String, Spatial> markerById = new LinkedHashMap<>();
  private Spatial ground;
  private Spatial sky;

  BuiltScene(Scene scene, Node root, SceneBuilder builder) {
    this.scene = scene;
    this.root = root;
    this.builder = builder;
    root.attachChild(objects);
    root.attachChild(markers);
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      Spatial marker = builder.marker(poi);
      markers.attachChild(marker);
      markerById.put(poi.id(), marker);
    }
  }

  /** Adds every part whose files are now present and that is not built yet. */
  public void addArrived(Set<String> present) {
    if (sky == null && present.contains(scene.sky().texture().value())) {
      sky = builder.sky(scene);
      root.attachChild(sky);
    }
    if (ground == null && present.contains(scene.ground().model().value())) {
      ground = builder.model(scene.ground().model().value());
      ground.setName("ground");
      root.attachChild(ground);
    }
    for (SceneObject object : scene.objects()) {
      if (!built.contains(object.id()) && present.contains(object.model().value())) {
        objects.attachChild(builder.object(object));
        built.add(object.id());
      }
    }
  }

  /** True once sky, ground and every placed object are built. */
  public boolean complete() {
    return sky != null && ground != null && built.size() == scene.objects().size();
  }

  public Scene scene() {
    return scene;
  }

  public Node root() {
    return root;
  }

  public Node markers() {
    return markers;
  }

  public Spatial marker(String poiId) {
    return markerById.get(poiId);
  }

  /** The scene's placed objects (trees, buildings, fences): what a walking pupil cannot pass through. */
  public Node solids() {
    return objects;
  }

  /** The ground model, or {@code null} before it has arrived. */
  public Spatial ground() {
    return ground;
  }

  /** Where a ray first meets the ground, or {@code null}. */
  public Vector3f groundHit(Ray ray) {
    if (ground == null) {
      return null;
    }
    CollisionResults results = new CollisionResults();
    ground.collideWith(ray, results);
    return results.size() == 0 ? null : results.getClosestCollision().getContactPoint();
  }

  public SceneBuilder builder() {
    return builder;
  }

  /** The ground's height below (or above) a point, or {@code fallback} off the ground's edge. */
  public float groundHeight(float x, float z, float fallback) {
    if (ground == null) {
      return fallback;
    }
    CollisionResults results = new CollisionResults();
    ground.collideWith(new Ray(new Vector3f(x, 10_000f, z), Vector3f.UNIT_Y.negate()), results);
    return results.size() == 0 ? fallback : results.getClosestCollision().getContactPoint().y;
  }
}
