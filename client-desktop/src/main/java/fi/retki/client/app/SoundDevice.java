package fi.retki.client.app;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.lwjgl.openal.ALC;
import org.lwjgl.openal.ALC10;

/**
 * Asks OpenAL whether it can play sound here, the way jME is about to: open the default device
 * and make a context on it.
 *
 * <p>jME 3.9's audio renderer only survives a missing OpenAL library; with the library present but
 * no device (a school PC without a sound card, a thin client, a broken driver) its
 * {@code alcCreateContext} gets a null device, throws, and the whole application stops before
 * its first frame. So the app asks first and, when the answer is no, starts without an audio
 * renderer (see {@link RetkiApp#initialize}).
 */
final class SoundDevice {
  private SoundDevice() {}

  /** True if OpenAL opened a device and made a context on it (both are closed again). */
  static boolean available() {
    long device = 0;
    long context = 0;
    try {
      device = ALC10.alcOpenDevice((ByteBuffer) null);
      if (device == 0) {
        return false;
      }
      ALC.createCapabilities(device);
      context = ALC10.alcCreateContext(device, (IntBuffer) null);
      return context != 0;
    } catch (RuntimeException | LinkageError e) {
      // No OpenAL library for this platform, or one that refuses: no sound either way.
      return false;
    } finally {
      if (context != 0) {
        ALC10.alcDestroyContext(context);
      }
      if (device != 0) {
        ALC10.alcCloseDevice(device);
      }
    }
  }
}
