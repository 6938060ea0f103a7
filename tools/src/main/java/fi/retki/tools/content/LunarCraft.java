package fi.retki.tools.content;

/**
 * What people brought to the Moon: the Eagle lander, the flag (held out by a rod along its top,
 * since there is no air to make it fly), the lunar rover and the seismometer.
 */
final class LunarCraft {
  private LunarCraft() {}

  static Model lander() {
    Noise foil = new Noise(27);
    byte[] texture = Kit.texture(1024, (u, v) -> {
      double crinkle = foil.fbm(u * 30, v * 30, 4);
      return Paint.mix(0xb8860b, 0xffd75e, Paint.smoothstep(0.3, 0.75, crinkle));
    });
    Model model = new Model();
    Material gold = Material.textured("gold-foil", texture, "image/jpeg");
    model.part(gold).cylinder(Mat4.translate(0, 1.5, 0), 2.1, 2.1, 1.6, 8);
    Mesh legs = model.part(Material.painted("legs", 0xc8c8c8));
    Mesh pads = model.part(Material.painted("footpads", 0xa0a0a0));
    for (int i = 0; i < 4; i++) {
      Mat4 around = Mat4.rotateY(i * 90 + 45);
      legs.cylinder(Mat4.rotateX(35).then(Mat4.translate(0, 0.25, 2.9)).then(around), 0.09, 0.09, 1.9, 5);
      pads.cylinder(Mat4.translate(0, 0, 3.6).then(around), 0.45, 0.4, 0.15, 8);
    }
    Mesh ascent = model.part(Material.painted("ascent-stage", 0xb4b6b8));
    ascent.box(Mat4.translate(0, 3.1, 0), 2.6, 1.5, 2.2);
    ascent.box(Mat4.rotateY(45).then(Mat4.translate(0, 4.6, 0)), 1.5, 0.7, 1.5);
    model.part(Material.color("windows", 0x202428)).box(Mat4.translate(0, 3.7, 1.1), 1.4, 0.5, 0.05);
    model.part(Material.color("dark-panels", 0x2a2a2a)).box(Mat4.translate(-1.3, 3.2, 0), 0.05, 1.1, 1.6);
    model.part(Material.painted("antenna", 0xdedede)).cylinder(Mat4.rotateX(-30).then(Mat4.translate(0.8, 5.1, -0.6)), 0.5, 0.02, 0.3, 10);
    model.part(Material.color("ladder", 0xa8a8a8)).box(Mat4.rotateX(-35).then(Mat4.translate(0, 0.3, 2.9)), 0.6, 2.2, 0.06);
    return model;
  }

  static Model flag() {
    Model model = new Model();
    model.part(Material.painted("pole", 0xd8d8d8)).cylinder(Mat4.identity(), 0.02, 0.02, 2.4, 5);
    model.part(Material.painted("bar", 0xd8d8d8)).cylinder(Mat4.rotateZ(-90).then(Mat4.translate(0, 2.35, 0)), 0.015, 0.015, 1.5, 5);
    Mesh white = model.part(Material.color("flag-white", 0xf2f2f2).twoSided());
    Mesh red = model.part(Material.color("flag-red", 0xb22234).twoSided());
    for (int i = 0; i < 7; i++) {
      double y0 = 2.35 - i * 0.13;
      (i % 2 == 0 ? red : white).quad(Mat4.identity(), new double[] {0.03, y0 - 0.13, 0}, new double[] {1.5, y0 - 0.13, 0},
          new double[] {1.5, y0, 0}, new double[] {0.03, y0, 0});
    }
    model.part(Material.color("flag-blue", 0x3c3b6e).twoSided()).quad(Mat4.translate(0, 0, 0.002),
        new double[] {0.03, 1.87, 0}, new double[] {0.65, 1.87, 0}, new double[] {0.65, 2.35, 0}, new double[] {0.03, 2.35, 0});
    return model;
  }

  static Model rover() {
    Model model = new Model();
    Mesh frame = model.part(Material.painted("chassis", 0xb0b0b0));
    frame.box(Mat4.translate(0, 0.7, 0), 1.8, 0.15, 3.0);
    Mesh wheels = model.part(Material.color("wire-wheels", 0x6e6a60));
    Mesh fenders = model.part(Material.color("fenders", 0x8fa6b8));
    for (int i = 0; i < 4; i++) {
      double x = i < 2 ? 1.0 : -1.0, z = i % 2 == 0 ? 1.1 : -1.1;
      wheels.cylinder(Mat4.rotateZ(90).then(Mat4.translate(x + (x > 0 ? 0.12 : 0.12), 0.41, z)), 0.41, 0.41, 0.24, 10);
      fenders.box(Mat4.translate(x, 0.85, z), 0.3, 0.05, 0.95);
    }
    Mesh seats = model.part(Material.color("seats", 0x3a3a40));
    seats.box(Mat4.translate(0.4, 0.78, 0.1), 0.5, 0.1, 0.5);
    seats.box(Mat4.translate(-0.4, 0.78, 0.1), 0.5, 0.1, 0.5);
    seats.box(Mat4.translate(0.4, 0.88, -0.15), 0.5, 0.5, 0.06);
    seats.box(Mat4.translate(-0.4, 0.88, -0.15), 0.5, 0.5, 0.06);
    model.part(Material.color("console", 0x2a2a2a)).box(Mat4.translate(0, 0.78, 0.8), 0.6, 0.5, 0.2);
    model.part(Material.painted("mast", 0xd0d0d0)).cylinder(Mat4.translate(0, 0.78, 1.3), 0.03, 0.03, 1.1, 5);
    model.part(Material.painted("dish", 0xeeeeee).twoSided()).cylinder(Mat4.rotateX(-60).then(Mat4.translate(0, 1.9, 1.3)), 0.5, 0.02, 0.25, 12);
    return model;
  }

  static Model seismometer() {
    Model model = new Model();
    model.part(Material.painted("body", 0xc9c9c9)).box(Mat4.identity(), 0.6, 0.45, 0.6);
    model.part(Material.color("solar-panels", 0x1d2a5c).twoSided()).box(Mat4.translate(0, 0.45, 0), 2.2, 0.03, 0.5);
    model.part(Material.textured("gold", Kit.texture(64, (u, v) -> 0xd4a017), "image/jpeg"))
        .cylinder(Mat4.translate(0, 0.48, 0), 0.12, 0.1, 0.2, 8);
    return model;
  }
}
