package fi.retki.client.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A person at the keyboard and mouse of the X display the client's window is on: key presses and
 * pointer moves go into the X server through {@code xdotool} (its XTEST extension, as a real
 * keyboard's would), so GLFW, jME's input manager, Lemur's mappings and pick state all see them as
 * they see a pupil's. Coordinates are the window's: x from the left, y from the top.
 */
final class XInput {
  private final String window;
  private final int width;
  private final int height;

  private XInput(String window, int width, int height) {
    this.window = window;
    this.width = width;
    this.height = height;
  }

  /** Finds the window with this exact title (waiting up to 10 s for it) and gives it the keyboard. */
  static XInput of(String title) throws Exception {
    String found = run("search", "--sync", "--name", "^" + title + "$").strip();
    if (found.isEmpty() || found.contains("\n")) {
      throw new AssertionError("expected one window titled '" + title + "', xdotool found: " + found);
    }
    int w = 0;
    int h = 0;
    for (String line : run("getwindowgeometry", "--shell", found).split("\n")) {
      if (line.startsWith("WIDTH=")) {
        w = Integer.parseInt(line.substring(6));
      } else if (line.startsWith("HEIGHT=")) {
        h = Integer.parseInt(line.substring(7));
      }
    }
    XInput input = new XInput(found, w, h);
    input.focus();
    return input;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** Raises the window and gives it the keyboard (asked of the X server: Xvfb runs no window manager). */
  void focus() throws Exception {
    run("windowraise", window, "windowfocus", "--sync", window);
  }

  /**
   * Taps keys or chords one after the other, xdotool's names ({@code Escape}, {@code ctrl+z},
   * {@code F2}). Each is held about 30 ms, a quick tap: often less than a frame under Mesa.
   */
  void key(String... keys) throws Exception {
    focus();
    List<String> command = new ArrayList<>(List.of("key", "--delay", "60"));
    command.addAll(List.of(keys));
    run(command.toArray(new String[0]));
  }

  /** Types text character by character, as a keyboard would (xdotool's {@code type}). */
  void type(String text) throws Exception {
    focus();
    run("type", "--delay", "40", text);
  }

  /** Holds keys down together for a while, then lets them go in reverse order. */
  void hold(long millis, String... keys) throws Exception {
    focus();
    List<String> down = new ArrayList<>(List.of("keydown", "--delay", "30"));
    down.addAll(List.of(keys));
    run(down.toArray(new String[0]));
    try {
      Thread.sleep(millis);
    } finally {
      List<String> up = new ArrayList<>(List.of("keyup", "--delay", "30"));
      for (int i = keys.length - 1; i >= 0; i--) {
        up.add(keys[i]);
      }
      run(up.toArray(new String[0]));
    }
  }

  /** Moves the pointer to a point of the window (not {@code --sync}: that waits forever if it is there already). */
  void move(int x, int y) throws Exception {
    run("mousemove", "--window", window, Integer.toString(x), Integer.toString(y));
  }

  /** Presses a mouse button (1 left, 3 right) where the pointer is. */
  void press(int button) throws Exception {
    run("mousedown", Integer.toString(button));
  }

  /** Lets a mouse button go. */
  void release(int button) throws Exception {
    run("mouseup", Integer.toString(button));
  }

  /** Runs xdotool and returns what it printed; when it is missing, fails saying how to get it. */
  private static String run(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("xdotool");
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("xdotool is missing: the input tests press keys and move the mouse through the"
          + " X server with it. Install it (Debian: apt-get install xdotool) or run ./test.sh, which does.", e);
    }
    process.getOutputStream().close();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("xdotool did not finish within 10 s: " + command);
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError("xdotool failed (" + process.exitValue() + "): " + command + ": " + out);
    }
    return out;
  }
}
