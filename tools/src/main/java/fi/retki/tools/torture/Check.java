package fi.retki.tools.torture;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * After the restart: is every note the round's server acknowledged in its session's work with
 * exactly its text, and every snapshot it answered 201 for listed there, with the same pixels?
 */
final class Check {
  /** One round's outcome; {@code lost} says what went missing and how long before the kill it was acknowledged. */
  record Result(Round.Traffic traffic, int ackedNotes, int ackedSnapshots, int lostNotes, int lostSnapshots,
      int byteIdentical, List<String> lost) {
    int lostTotal() {
      return lostNotes + lostSnapshots;
    }
  }

  private Check() {}

  static Result run(Round.Traffic traffic, Api api, Api.SignedIn teacher) throws IOException {
    Map<String, Map<String, String>> notes = new HashMap<>();
    Map<String, Set<String>> shots = new HashMap<>();
    for (Api.Started session : traffic.sessions()) {
      JsonNode work = api.work(teacher, session.id());
      Map<String, String> texts = new HashMap<>();
      work.path("notes").forEach(note -> texts.put(note.path("id").asText(), note.path("text").asText()));
      notes.put(session.id(), texts);
      Set<String> ids = new HashSet<>();
      work.path("snapshots").forEach(shot -> ids.add(shot.path("id").asText()));
      shots.put(session.id(), ids);
    }
    List<String> lost = new ArrayList<>();
    int lostNotes = 0;
    List<Ledger.Note> acked = traffic.ledger().notes();
    for (Ledger.Note note : acked) {
      String text = notes.get(note.sessionId()).get(note.noteId());
      if (!note.text().equals(text)) {
        lostNotes++;
        lost.add("note " + note.noteId() + (text == null ? " missing" : " changed") + ", acknowledged "
            + when(traffic, note.ackedNanos()));
      }
    }
    int lostSnapshots = 0;
    int byteIdentical = 0;
    List<Ledger.Snapshot> snapshots = traffic.ledger().snapshots();
    for (Ledger.Snapshot shot : snapshots) {
      byte[] stored = shots.get(shot.sessionId()).contains(shot.snapshotId())
          ? api.snapshot(teacher, shot.sessionId(), shot.snapshotId()) : null;
      if (stored != null && Arrays.equals(stored, shot.png())) {
        byteIdentical++;
      }
      if (stored == null || !Pictures.samePixels(shot.png(), stored)) {
        lostSnapshots++;
        lost.add("snapshot " + shot.snapshotId() + (stored == null ? " missing" : " changed") + ", acknowledged "
            + when(traffic, shot.ackedNanos()));
      }
    }
    return new Result(traffic, acked.size(), snapshots.size(), lostNotes, lostSnapshots, byteIdentical, List.copyOf(lost));
  }

  /** When the ack came: before SIGKILL was sent, or while it was on its way (the process was still running). */
  private static String when(Round.Traffic traffic, long ackedNanos) {
    long millis = (traffic.killNanos() - ackedNanos) / 1_000_000;
    return millis >= 0 ? millis + " ms before the kill" : -millis + " ms after SIGKILL was sent, before the process died";
  }
}
