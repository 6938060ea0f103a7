package fi.retki.scenes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/** The kinds of file a scene pack may hold, known by their extension. */
public enum MediaType {
  SCENE("application/vnd.retki.scene+json", List.of()),
  GLB("model/gltf-binary", List.of(".glb")),
  PNG("image/png", List.of(".png")),
  JPEG("image/jpeg", List.of(".jpg", ".jpeg")),
  OGG("audio/ogg", List.of(".ogg")),
  WAV("audio/wav", List.of(".wav"));

  private final String mime;
  private final List<String> extensions;

  MediaType(String mime, List<String> extensions) {
    this.mime = mime;
    this.extensions = extensions;
  }

  /** The IANA media type, as sent in {@code Content-Type}. */
  @JsonValue
  public String mime() {
    return mime;
  }

  /** True for PNG and JPEG. */
  public boolean isImage() {
    return this == PNG || this == JPEG;
  }

  /** True for OGG and WAV. */
  public boolean isAudio() {
    return this == OGG || this == WAV;
  }

  /** The media type that a file name's extension gives, or {@code null} for an unknown one. */
  public static MediaType ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (MediaType type : values()) {
      for (String extension : type.extensions) {
        if (lower.endsWith(extension)) {
          return type;
        }
      }
    }
    return null;
  }

  /** The media type with this IANA name, or {@code null}. */
  public static MediaType ofMime(String mime) {
    for (MediaType type : values()) {
      if (type.mime.equals(mime)) {
        return type;
      }
    }
    return null;
  }
}
