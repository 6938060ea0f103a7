package fi.retki.server.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.retki.scenes.Language;
import fi.retki.scenes.Scene;
import fi.retki.scenes.SceneJson;
import fi.retki.scenes.live.SessionState;
import fi.retki.server.store.SessionRow;
import fi.retki.server.store.SnapshotRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What a class left behind: the roster, the pupils' notes and snapshots, and the school-yard
 * plan, as JSON for the console and as a ZIP to hand on, with an {@code index.html} to open.
 */
final class SavedWork {
  private SavedWork() {}

  static ObjectNode json(SessionRow row, SessionState state, List<SnapshotRow> snapshots, boolean planning) {
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
    if (planning) {
      root.put("planPicture", "/api/sessions/" + row.id() + "/plan.png");
    }
    return root;
  }

  /** The ZIP's name, without ".zip": the scene and the day the lesson began, {@code retki-rainforest-2026-12-01}. */
  static String name(ObjectNode work, ZoneId zone) {
    LocalDate day = Instant.parse(work.path("openedAt").asText()).atZone(zone).toLocalDate();
    return "retki-" + work.path("scene").asText().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + day;
  }

  /**
   * The ZIP: one folder named as the ZIP, holding {@code index.html} (the page to open), {@code
   * work.json}, {@code snapshots/<id>.png}, and for a planning scene {@code plan.png} and {@code
   * plan.csv}.
   *
   * @param scene the lesson's scene, or {@code null} if the store no longer has it
   * @param planPng the plan's picture, or {@code null} if there is none
   */
  static byte[] zip(ObjectNode work, Scene scene, byte[] planPng, Map<String, byte[]> snapshotBytes, ZoneId zone)
      throws IOException {
    String folder = name(work, zone) + "/";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      put(zip, folder + "index.html",
          WorkPage.html(work, scene, planPng != null, snapshotBytes.keySet(), zone).getBytes(StandardCharsets.UTF_8));
      put(zip, folder + "work.json", SceneJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(work));
      if (planPng != null) {
        put(zip, folder + "plan.png", planPng);
      }
      if (scene != null && scene.palette() != null) {
        put(zip, folder + "plan.csv", planCsv(work, scene).getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<String, byte[]> snapshot : snapshotBytes.entrySet()) {
        put(zip, folder + "snapshots/" + snapshot.getKey() + ".png", snapshot.getValue());
      }
    }
    return out.toByteArray();
  }

  /** What was placed, one row each, for a spreadsheet: names in the lesson's language, metres. */
  static String planCsv(ObjectNode work, Scene scene) {
    Language language = Language.ofCode(work.path("language").asText("fi"));
    language = language == null ? Language.FI : language;
    StringBuilder csv = new StringBuilder("\uFEFFkind,name,x,z,yaw,placed_by\r\n"); // the BOM tells Excel it is UTF-8
    for (com.fasterxml.jackson.databind.JsonNode object : work.path("plan")) {
      csv.append(cell(object.path("kind").asText())).append(',')
          .append(cell(WorkPage.kindTitle(scene, object.path("kind").asText(), language))).append(',')
          .append(String.format(Locale.ROOT, "%.2f,%.2f,%.0f", object.path("x").asDouble(), object.path("z").asDouble(),
              object.path("yaw").asDouble()))
          .append(',').append(cell(WorkPage.nickname(work, object.path("owner").asText()))).append("\r\n");
    }
    return csv.toString();
  }

  private static String cell(String text) {
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(data);
    zip.closeEntry();
  }

  private static String nickname(SessionState state, String pupilId) {
    SessionState.Pupil pupil = state.pupils().get(pupilId);
    return pupil == null ? "?" : pupil.nickname();
  }
}
