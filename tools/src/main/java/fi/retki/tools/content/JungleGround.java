package fi.retki.tools.content;

import java.util.function.DoubleBinaryOperator;

/** The rainforest's ground: the kit's painted 200 m field, in 2 m cells so that the river's banks keep their shape. */
final class JungleGround {
  static final int CELLS = 100;

  private JungleGround() {}

  static Model ground(DoubleBinaryOperator height, Kit.GroundShader shader) {
    byte[] texture = Paint.jpeg(Kit.GROUND_TEXTURE, Kit.GROUND_TEXTURE,
        (u, v) -> shader.rgb(u * Kit.GROUND_SIZE - Kit.GROUND_SIZE / 2, v * Kit.GROUND_SIZE - Kit.GROUND_SIZE / 2));
    Model model = new Model();
    model.part(Material.textured("ground", texture, "image/jpeg")).heightField(Kit.GROUND_SIZE, CELLS, height);
    return model;
  }
}
