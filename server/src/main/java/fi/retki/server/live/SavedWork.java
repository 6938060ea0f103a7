package fi.retki.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.live.SessionState;
import fi.retki.server.store.SessionRow;
import fi.retki.server.store.SnapshotRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a class left behind: the roster, the pupils' notes and snapshots, and the school-yard
 * plan, as JSON for the console and as a ZIP with a small {@code index.html} gallery.
 */
final class SavedWork {
  private SavedWork() {}

  static ObjectNode json(SessionRow row, SessionState state, List<SnapshotRow> snapshots) {
    ObjectNode root = SceneJson.mapper().createObjectNode();
    root.put("id", row.id());
    root.put("code", row.code());
    root.put("scene", row.sceneId());
    root.put("preset", row.preset());
    root.put("language", row.language());
    root.put("status", state.status().name().toLowerCase(java.util.Locale.ROOT));
    root.put("openedAt", row.openedAt().toString());
    if (row.endedAt() != null) {
      root.put("endedAt", row.endedAt().toString());
    }
    ArrayNode pupils = root.putArray("pupils");
    for (SessionState.Pupil pupil : state.pupils().values()) {
      pupils.addObject().put("id", pupil.id()).put("nickname", pupil.nickname());
    }
    ArrayNode notes = root.putArray("notes");
    for (SessionState.Note note : state.notes()) {
      notes.addObject().put("id", note.noteId()).put("pupilId", note.pupilId())
          .put("nickname", nickname(state, note.pupilId())).put("text", note.text()).put("at", note.at().toString());
    }
    ArrayNode shots = root.putArray("snapshots");
    java.util.Set<String> attached = new java.util.HashSet<>();
    state.snapshots().forEach(s -> attached.add(s.snapshotId()));
    for (SnapshotRow snapshot : snapshots) {
      if (!attached.contains(snapshot.id())) {
        continue; // stored, but the session refused it (it had ended): not part of the work
      }
      shots.addObject().put("id", snapshot.id()).put("pupilId", snapshot.pupilId())
          .put("nickname", nickname(state, snapshot.pupilId())).put("bytes", snapshot.bytes())
          .put("at", snapshot.at().toString())
          .put("href", "/api/sessions/" + row.id() + "/snapshots/" + snapshot.id());
    }
    root.set("plan", SceneJson.mapper().valueToTree(state.objects().values()));
    return root;
  }

  /** The ZIP: {@code work.json}, {@code index.html} and {@code snapshots/<id>.png}. */
  static byte[] zip(ObjectNode work, Map<String, byte[]> snapshotBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      put(zip, "work.json", SceneJson.mapper().writeValueAsBytes(work));
      put(zip, "index.html", gallery(work).getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> snapshot : snapshotBytes.entrySet()) {
        put(zip, "snapshots/" + snapshot.getKey() + ".png", snapshot.getValue());
      }
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(data);
    zip.closeEntry();
  }

  private static String gallery(ObjectNode work) {
    StringBuilder html = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Retki: ")
        .append(escape(work.path("scene").asText())).append(' ').append(escape(work.path("openedAt").asText()))
        .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}"
            + "figure{display:inline-block;margin:.5em}img{max-width:20em;border:1px solid #ccc}"
            + "blockquote{border-left:4px solid #2a7;margin:1em 0;padding:.2em 1em}</style></head><body>\n")
        .append("<h1>").append(escape(work.path("scene").asText())).append("</h1>\n<p>")
        .append(escape(work.path("openedAt").asText())).append(" · ").append(work.path("pupils").size())
        .append(" pupils</p>\n<h2>Notes</h2>\n");
    work.path("notes").forEach(note -> html.append("<blockquote><p>").append(escape(note.path("text").asText()))
        .append("</p><footer>").append(escape(note.path("nickname").asText())).append("</footer></blockquote>\n"));
    html.append("<h2>Snapshots</h2>\n");
    work.path("snapshots").forEach(shot -> html.append("<figure><img src=\"snapshots/")
        .append(escape(shot.path("id").asText())).append(".png\" alt=\"\"><figcaption>")
        .append(escape(shot.path("nickname").asText())).append("</figcaption></figure>\n"));
    html.append("<h2>Plan</h2>\n<ul>\n");
    work.path("plan").forEach(object -> html.append("<li>").append(escape(object.path("kind").asText()))
        .append(" at (").append(object.path("x").asDouble()).append(", ").append(object.path("z").asDouble())
        .append(")</li>\n"));
    return html.append("</ul>\n</body></html>\n").toString();
  }

  private static String nickname(SessionState state, String pupilId) {
    SessionState.Pupil pupil = state.pupils().get(pupilId);
    return pupil == null ? "?" : pupil.nickname();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
