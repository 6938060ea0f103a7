package fi.retki.tools.content;

import java.util.Random;

/**
 * Places the town's people-sized life: a market crowd (some standing at the stalls, some walking
 * slowly round the square), a horse and cart in the main street, and birds circling overhead.
 */
final class MedievalCrowd {
  private static final int[][] CLOTHES = {
    {0x8a2a2a, 0x4a3a2a, 0x5a3a20}, {0x2a4a8a, 0x3a3a3a, 0xe8e0d0}, {0x4a6a2a, 0x6a5a40, 0x5a3a20},
    {0x8a6a3a, 0x3a3a3a, 0x2a2a2a}, {0xc8b890, 0x4a3a2a, 0xe8e0d0}, {0x6a3a6a, 0x6a5a40, 0x5a3a20}
  };

  private final MedievalTownPack pack;
  private final PackWriter out;

  MedievalCrowd(MedievalTownPack pack, PackWriter out) {
    this.pack = pack;
    this.out = out;
  }

  void place() {
    String[] standing = new String[CLOTHES.length];
    for (int i = 0; i < CLOTHES.length; i++) {
      int[] c = CLOTHES[i];
      standing[i] = out.model("townsperson-" + (i + 1), MedievalLife.person(c[0], c[1], c[2], i % 3 == 1));
    }
    // At the stalls (x = -9 and x = 9), facing them, and a few chatting in the square.
    double[][] stand = {{-7.4, -8.5, 270}, {-7.5, -7.2, 250}, {-7.3, 0.6, 280}, {-7.6, -0.8, 260}, {7.4, -6.4, 90},
        {7.6, -5.0, 110}, {7.4, 3.5, 80}, {-3.4, -10.4, 180}, {-2.2, -10.5, 200}, {3.5, 8.2, 300}, {1.2, 12, 20},
        {2.0, 12.6, 200}, {-12, 6, 45}, {12.5, 9, 160}};
    Random random = new Random(49);
    for (int i = 0; i < stand.length; i++) {
      double x = stand[i][0], z = stand[i][1];
      out.object("townsperson-" + (i + 1), standing[(i * 5) % standing.length], x, pack.height(x, z), z,
          stand[i][2] + random.nextInt(20) - 10, 0.92 + random.nextDouble() * 0.14);
    }
    // Walking slowly round the square's middle, on two circles.
    double cx = 0, cz = -3;
    for (int i = 0; i < 8; i++) {
      int[] c = CLOTHES[(i * 7 + 2) % CLOTHES.length];
      double radius = i % 2 == 0 ? 4.5 : 6.2;
      String model = out.model("walker-" + (i % 4 + 1), MedievalLife.walker(c[0], c[1], c[2], i % 4 == 3, radius, i * 0.13));
      out.object("walker-" + (i + 1), model, cx, pack.height(cx, cz), cz, i * 97 % 360, 1);
    }
    String cart = out.model("horse-and-cart", MedievalLife.horseAndCart());
    out.object("horse-and-cart", cart, 1.6, pack.height(1.6, 24), 24, 180, 1);
    String[] birds = {out.model("bird-near", MedievalLife.bird(40, 28)), out.model("bird-far", MedievalLife.bird(55, 34))};
    for (int i = 0; i < 5; i++) {
      out.object("bird-" + (i + 1), birds[i % 2], 0, 0, 0, i * 23, 1);
    }
  }
}
