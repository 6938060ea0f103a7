package fi.retki.tools.content;

import com.fasterxml.jackson.databind.JsonNode;
import fi.retki.scenes.LocalizedText;
import fi.retki.scenes.SceneJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The words of one pack, from {@code texts/<pack>.json} on the class path. */
final class Texts {
  private final JsonNode root;

  private Texts(JsonNode root) {
    this.root = root;
  }

  static Texts of(String pack) {
    String resource = "texts/" + pack + ".json";
    try (InputStream in = Texts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " next to " + Texts.class.getName());
      }
      return new Texts(SceneJson.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LocalizedText title() {
    return text(root.get("title"));
  }

  LocalizedText summary() {
    return text(root.get("summary"));
  }

  LocalizedText poiTitle(String id) {
    return text(poi(id).get("title"));
  }

  LocalizedText poiText(String id) {
    return text(poi(id).get("text"));
  }

  /** The ids of the points of interest, in the texts' order. */
  java.util.List<String> poiIds() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    root.path("pointsOfInterest").forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  LocalizedText paletteTitle(String id) {
    for (JsonNode kind : root.path("palette")) {
      if (kind.get("id").asText().equals(id)) {
        return text(kind.get("title"));
      }
    }
    throw new IllegalArgumentException("no palette text for " + id);
  }

  private JsonNode poi(String id) {
    for (JsonNode poi : root.path("pointsOfInterest")) {
      if (poi.get("id").asText().equals(id)) {
        return poi;
      }
    }
    throw new IllegalArgumentException("no text for point of interest " + id);
  }

  private static LocalizedText text(JsonNode node) {
    return new LocalizedText(node.get("fi").asText(), node.get("sv").asText(), node.get("en").asText());
  }
}
