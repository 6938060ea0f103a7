package fi.retki.tools.content;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;

/** The sea floor's picker picture: blue water, the bright surface above, corals, kelp, fish, a turtle. */
final class SeaThumbnail {
  private SeaThumbnail() {}

  static byte[] paint() {
    return Kit.thumbnail(0x2f8aa4, SeaFloorPack.WATER, g -> {
      g.setPaint(new GradientPaint(0, 0, new Color(0x9fd6e0), 0, 70, new Color(0x2f8aa4)));
      g.fillOval(106, -120, 300, 190);
      g.setPaint(new GradientPaint(0, 215, new Color(0x8a7e66), 0, 288, new Color(0x5e5646)));
      g.fillRect(0, 215, 512, 73);
      g.setColor(new Color(0x5a5a22));
      for (int i = 0; i < 7; i++) {
        int x = 380 + i * 18;
        g.fillRect(x, 30 + (i % 3) * 25, 4, 190);
        g.fillOval(x - 6, 60 + (i % 4) * 30, 12, 22);
      }
      g.setColor(new Color(0x6a5e50));
      g.fillOval(60, 175, 170, 70);
      Color[] corals = {new Color(ReefKit.CORAL_RED), new Color(ReefKit.CORAL_ORANGE), new Color(ReefKit.FAN_PURPLE),
        new Color(ReefKit.TABLE_YELLOW), new Color(ReefKit.CORAL_PINK)};
      for (int i = 0; i < 9; i++) {
        g.setColor(corals[i % corals.length]);
        g.fillOval(40 + i * 24, 168 + (i % 3) * 12, 34, 34);
      }
      g.setColor(new Color(0x5e5a30));
      g.fillOval(250, 110, 70, 34);
      g.setColor(new Color(0x7c7a52));
      g.fillOval(316, 118, 18, 14);
      g.fillOval(262, 98, 30, 14);
      g.fillOval(262, 138, 30, 14);
      g.setColor(new Color(0xe6b53a));
      for (int i = 0; i < 14; i++) {
        g.fillOval(170 + (i % 5) * 18, 50 + (i / 5) * 14, 13, 6);
      }
    });
  }
}
