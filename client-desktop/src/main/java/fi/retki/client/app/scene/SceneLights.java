package fi.retki.client.app.scene;

import com.jme3.light.AmbientLight;
import com.jme3.light.DirectionalLight;
import com.jme3.light.LightProbe;
import com.jme3.light.SphereProbeArea;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.scene.Node;
import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.TextureCubeMap;
import com.jme3.texture.image.ColorSpace;
import com.jme3.util.BufferUtils;
import fi.retki.client.app.look.ToneCurve;
import fi.retki.scenes.Lighting;
import java.nio.ByteBuffer;
import java.util.ArrayList;

/**
 * A scene's lights: the format's sun and ambient light, or the old clear-day set when the scene
 * says nothing. Render thread only.
 *
 * <p>glTF gives PBR materials, and jME's PBR shader adds an {@link AmbientLight} only as a factor
 * on a light probe's light: without a probe it ignores it. Baking a real probe renders the scene
 * six times and filters it, which takes seconds under a software renderer; but the format's
 * ambient is light "from every side", which is the simplest probe there is: spherical harmonics
 * with only the constant band (1, 1, 1) and a one-texel white environment map for the specular
 * part. That probe gives every surface the light 1 from all around, and the ambient light's colour
 * scales it to the scene's ambient (and lights any non-PBR material the same way).
 */
final class SceneLights {
  /** A probe large enough to hold every built-in scene (the sky's sphere and more). */
  private static final float PROBE_RADIUS = 100_000f;

  private SceneLights() {}

  /**
   * How much of the ambient light each of the four {@link #fills} gives. Four lights from the
   * corners of a tetrahedron light every surface with about 1 to 1.15 of one light, whatever way
   * it faces; the factor matches their sum to what the uniform probe gives (measured on the
   * built-in scenes' views: within a few levels of mean brightness).
   */
  static final float FILL_SHARE = 1.0f;

  /**
   * Adds the scene's lights to its root node. With {@code probe} the ambient light reaches PBR
   * materials through a uniform light probe; without, through four soft fill lights, which a
   * software renderer draws in about half the time (the probe's image-based path is the costliest
   * part of a frame there) and which look the same on matte surfaces.
   */
  static void light(Node root, Lighting lighting, ToneCurve.Encoding encoding, boolean probe) {
    if (lighting == null) {
      clearDay(root);
      return;
    }
    Lighting.Sun sun = lighting.sun();
    Vector3f direction = new Vector3f((float) sun.direction().x(), (float) sun.direction().y(),
        (float) sun.direction().z());
    root.addLight(directional("sun", direction, colour(ToneCurve.light(sun.color(), sun.intensity(), encoding))));
    Lighting.Ambient ambient = lighting.ambient();
    AmbientLight sky = new AmbientLight(colour(ToneCurve.light(ambient.color(), ambient.intensity(), encoding)));
    sky.setName("ambient");
    root.addLight(sky);
    if (probe) {
      root.addLight(uniformProbe());
    } else {
      fills(root, ToneCurve.light(ambient.color(), ambient.intensity() * FILL_SHARE, encoding));
    }
  }

  /** The ambient light as four directional lights from the corners of a tetrahedron (one from above). */
  private static void fills(Node root, float[] rgb) {
    ColorRGBA colour = colour(rgb);
    root.addLight(directional("fill-above", new Vector3f(0, -1, 0), colour));
    for (int i = 0; i < 3; i++) {
      double azimuth = Math.toRadians(i * 120);
      Vector3f travels = new Vector3f((float) (-0.9428 * Math.cos(azimuth)), 1f / 3f,
          (float) (-0.9428 * Math.sin(azimuth)));
      root.addLight(directional("fill-" + i, travels, colour));
    }
  }

  /**
   * The lights of scenes without {@code lighting}, as before the format had it: a warm sun and two
   * soft fill lights standing in for the sky's light (PBR ignores the ambient light without a probe).
   */
  private static void clearDay(Node root) {
    root.addLight(directional("sun", new Vector3f(-0.4f, -0.8f, -0.45f), new ColorRGBA(1.6f, 1.55f, 1.4f, 1f)));
    root.addLight(directional("fill", new Vector3f(0.45f, -0.35f, 0.5f), new ColorRGBA(0.7f, 0.75f, 0.85f, 1f)));
    root.addLight(directional("bounce", new Vector3f(0.1f, 0.9f, -0.2f), new ColorRGBA(0.35f, 0.35f, 0.3f, 1f)));
    root.addLight(new AmbientLight(new ColorRGBA(0.5f, 0.5f, 0.55f, 1f)));
  }

  /** Light 1 from every direction: the ambient light's colour scales it. */
  static LightProbe uniformProbe() {
    LightProbe probe = new LightProbe();
    probe.setName("sky-probe");
    Vector3f[] sh = new Vector3f[9];
    sh[0] = new Vector3f(1, 1, 1);
    for (int i = 1; i < sh.length; i++) {
      sh[i] = new Vector3f();
    }
    probe.setShCoeffs(sh);
    probe.setPrefilteredMap(whiteCube());
    probe.setNbMipMaps(1);
    probe.setPosition(Vector3f.ZERO);
    ((SphereProbeArea) probe.getArea()).setRadius(PROBE_RADIUS);
    probe.setReady(true);
    return probe;
  }

  private static TextureCubeMap whiteCube() {
    ArrayList<ByteBuffer> faces = new ArrayList<>(6);
    for (int i = 0; i < 6; i++) {
      ByteBuffer face = BufferUtils.createByteBuffer(4);
      face.put((byte) 255).put((byte) 255).put((byte) 255).put((byte) 255).flip();
      faces.add(face);
    }
    TextureCubeMap cube = new TextureCubeMap(new Image(Image.Format.RGBA8, 1, 1, 1, faces, ColorSpace.Linear));
    cube.setMinFilter(Texture.MinFilter.BilinearNoMipMaps);
    cube.setMagFilter(Texture.MagFilter.Bilinear);
    return cube;
  }

  private static ColorRGBA colour(float[] rgb) {
    return new ColorRGBA(rgb[0], rgb[1], rgb[2], 1f);
  }

  private static DirectionalLight directional(String name, Vector3f direction, ColorRGBA color) {
    DirectionalLight light = new DirectionalLight(direction.normalize(), color);
    light.setName(name);
    return light;
  }
}
