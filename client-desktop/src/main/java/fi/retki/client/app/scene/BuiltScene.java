package fi.retki.client.app.scene;

import com.jme3.bounding.BoundingBox;
import com.jme3.bounding.BoundingVolume;
import com.jme3.collision.CollisionResult;
import com.jme3.collision.CollisionResults;
import com.jme3.math.FastMath;
import com.jme3.math.Ray;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.scene.Spatial;
import fi.retki.scenes.PointOfInterest;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A scene as spatials, filled in as its files arrive. Holds the ground (for walking and for
 * snapping planned objects) and the point-of-interest markers (for picking). A point's marker
 * points at the point's position until the point's subject has arrived, then just above the
 * subject's top, so that it never stands in front of what the point is about. Render thread only.
 */
public final class BuiltScene {
  private static final Logger LOG = Logger.getLogger(BuiltScene.class.getName());
  /** Metres between the top of a subject and its marker's tip. */
  static final float MARKER_GAP = 0.15f;
  private final Scene scene;
  private final Node root;
  private final SceneBuilder builder;
  private final Node objects = new Node("objects");
  private final Node markers = new Node("markers");
  private final Set<String> built = new HashSet<>();
  private final Map<String, Spatial> markerById = new LinkedHashMap<>();
  private final Map<String, Spatial> objectById = new HashMap<>();
  /** Placed objects' world bounds as they were placed (their animations may sway a little about them). */
  private final Map<String, BoundingBox> boundById = new HashMap<>();
  private Spatial ground;
  private Spatial sky;
  private boolean batched;

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
        Spatial spatial = builder.object(object);
        // Without a parent the world transform is the placement (the scene's root is not moved).
        spatial.updateGeometricState();
        boundById.put(object.id(), box(spatial.getWorldBound()));
        objects.attachChild(spatial);
        objectById.put(object.id(), spatial);
        built.add(object.id());
        placeMarkersOver(object.id());
      }
    }
    // A planning scene stays as placed: a yard is small, and its buildings and fences are what the
    // plan is drawn against, one by one.
    if (!batched && complete() && scene.kind() != fi.retki.scenes.SceneKind.PLANNING) {
      batchFixedObjects();
    }
  }

  /** Once every object is here, merges the ones that neither move nor are a point's subject. */
  private void batchFixedObjects() {
    batched = true;
    java.util.Set<String> subjects = new HashSet<>();
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      if (poi.subject() != null) {
        subjects.add(poi.subject());
      }
    }
    List<Spatial> fixed = new ArrayList<>();
    for (Map.Entry<String, Spatial> entry : objectById.entrySet()) {
      if (!subjects.contains(entry.getKey()) && !StaticBatches.animated(entry.getValue())) {
        fixed.add(entry.getValue());
      }
    }
    long started = System.nanoTime();
    int[] counts = StaticBatches.merge(objects, fixed);
    for (Spatial spatial : fixed) {
      objectById.values().remove(spatial);
    }
    LOG.info(() -> String.format("%s: %d fixed objects, %d geometries merged into %d in %d ms", scene.id(),
        fixed.size(), counts[0], counts[1], (System.nanoTime() - started) / 1_000_000));
  }

  /** Moves the markers of the points about this object to just above it. */
  private void placeMarkersOver(String objectId) {
    BoundingBox bound = boundById.get(objectId);
    for (PointOfInterest poi : scene.pointsOfInterest()) {
      if (objectId.equals(poi.subject())) {
        markerById.get(poi.id()).getControl(MarkerControl.class).setTip(markerTip(poi, bound));
      }
    }
  }

  /**
   * Over the point's own position where the subject's bound reaches over it (a wide subject, a
   * river, is marked where its point is), else over the bound's nearest edge; at the bound's top.
   */
  static Vector3f markerTip(PointOfInterest poi, BoundingBox bound) {
    Vector3f min = bound.getMin(null);
    Vector3f max = bound.getMax(null);
    float x = FastMath.clamp((float) poi.position().x(), min.x, max.x);
    float z = FastMath.clamp((float) poi.position().z(), min.z, max.z);
    return new Vector3f(x, max.y + MARKER_GAP, z);
  }

  private static BoundingBox box(BoundingVolume volume) {
    if (volume instanceof BoundingBox given) {
      return (BoundingBox) given.clone();
    }
    BoundingBox box = new BoundingBox();
    if (volume != null) {
      box.mergeLocal(volume);
    }
    return box;
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

  /** Where a point's marker points (its tip, still when the marker breathes), or {@code null}. */
  public Vector3f markerTip(String poiId) {
    Spatial marker = markerById.get(poiId);
    return marker == null ? null : marker.getControl(MarkerControl.class).tip();
  }

  /** Shows or hides a point's marker (a hidden one cannot be clicked either). */
  public void showMarker(String poiId, boolean shown) {
    Spatial marker = markerById.get(poiId);
    if (marker == null || shown == (marker.getParent() != null)) {
      return;
    }
    if (shown) {
      markers.attachChild(marker);
    } else {
      marker.removeFromParent();
    }
  }

  public boolean markerShown(String poiId) {
    Spatial marker = markerById.get(poiId);
    return marker != null && marker.getParent() != null;
  }

  /** A point's subject as placed in the scene, or {@code null} if it has none or it has not arrived. */
  public Spatial subject(String poiId) {
    PointOfInterest poi = scene.pointOfInterest(poiId);
    return poi == null || poi.subject() == null ? null : objectById.get(poi.subject());
  }

  /** The world bound of a point's subject (as placed), or {@code null} (see {@link #subject}). */
  public BoundingBox subjectBound(String poiId) {
    PointOfInterest poi = scene.pointOfInterest(poiId);
    BoundingBox bound = poi == null || poi.subject() == null ? null : boundById.get(poi.subject());
    return bound == null ? null : (BoundingBox) bound.clone();
  }

  /**
   * True if nothing solid (no placed object but the point's own subject, nor the ground) stands
   * on the straight line from {@code from} to {@code to}, up to {@code slack} metres short of it.
   */
  public boolean clearSight(Vector3f from, Vector3f to, String poiId, float slack) {
    Vector3f way = to.subtract(from);
    float length = way.length();
    if (length <= slack) {
      return true;
    }
    Ray ray = new Ray(from, way.divideLocal(length));
    ray.setLimit(length);
    Spatial subject = subject(poiId);
    CollisionResults results = new CollisionResults();
    objects.collideWith(ray, results);
    if (ground != null) {
      ground.collideWith(ray, results);
    }
    for (CollisionResult hit : results) {
      if (hit.getDistance() < length - slack && !within(hit.getGeometry(), subject)) {
        return false;
      }
    }
    return true;
  }

  private static boolean within(Spatial spatial, Spatial ancestor) {
    for (Spatial s = spatial; s != null && ancestor != null; s = s.getParent()) {
      if (s == ancestor) {
        return true;
      }
    }
    return false;
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
