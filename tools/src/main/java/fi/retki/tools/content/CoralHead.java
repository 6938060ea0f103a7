package fi.retki.tools.content;

/**
 * The reef's centrepiece, a coral head (a "bommie"): a lumpy mound of old coral rock about 5 m
 * across with every kind of the reef growing on it, so one view shows them side by side: a brain
 * coral on top, a table coral, staghorn in red and orange, a purple sea fan and violet tube sponges.
 */
final class CoralHead {
  private CoralHead() {}

  static Model model() {
    Model model = new Model();
    double size = 2.0, tall = 0.9, top = ReefKit.TOP * tall;
    ReefKit.rock(model.part(Material.color("reef-rock", 0x6a5e50)), Mat4.identity(), 47, size, tall);
    Material brain = Material.textured("brain-coral", ReefKit.brainTexture(36, ReefKit.BRAIN_OCHRE), "image/jpeg");
    ReefKit.brain(model.part(brain), Mat4.translate(0.2, top, -0.1), 1.0);
    Material green = Material.textured("brain-green", ReefKit.brainTexture(37, ReefKit.BRAIN_GREEN), "image/jpeg");
    ReefKit.brain(model.part(green), Mat4.translate(0.5, 0.05, 2.3), 0.6);
    ReefKit.table(model.part(Material.color("table-stem", Paint.shade(ReefKit.TABLE_YELLOW, 0.7))),
        model.part(Material.color("table", ReefKit.TABLE_YELLOW).twoSided()), Mat4.translate(-1.0, top - 0.2, 0.8), 1.2);
    Mesh red = model.part(Material.color("staghorn-red", ReefKit.CORAL_RED));
    ReefKit.branching(red, Mat4.translate(1.1, top - 0.25, 0.9), 33, 1.5);
    Mesh orange = model.part(Material.color("staghorn-orange", ReefKit.CORAL_ORANGE));
    ReefKit.branching(orange, Mat4.translate(1.2, top - 0.3, -1.0), 34, 1.3);
    ReefKit.fan(model.part(Material.color("fan", ReefKit.FAN_PURPLE).twoSided()),
        model.part(Material.color("fan-ribs", Paint.shade(ReefKit.FAN_PURPLE, 0.75)).twoSided()),
        Mat4.rotateY(25).then(Mat4.translate(-0.5, top - 0.15, -1.0)), 1.8);
    ReefKit.sponges(model.part(Material.color("sponges", ReefKit.SPONGE_VIOLET)), Mat4.translate(-2.1, 0, -0.6), 35, 1.4);
    Mesh pink = model.part(Material.color("staghorn-pink", ReefKit.CORAL_PINK));
    ReefKit.branching(pink, Mat4.translate(-1.7, 0.05, 1.8), 38, 1.1);
    return model;
  }
}
