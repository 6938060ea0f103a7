package fi.retki.client.live;

/** Lets the app's rendering tests drop a live link's connection as a failing network would. */
public final class LinkDrops {
  private LinkDrops() {}

  public static void drop(LiveLink link) {
    link.dropForTest();
  }
}
