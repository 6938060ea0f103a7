package fi.retki.tools.torture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the server acknowledged in one round, and how long each acknowledgement took. Thread-safe. */
final class Ledger {
  /** A note the server acknowledged: it must be in the session's work with exactly this text. */
  record Note(String sessionId, String noteId, String text, long ackedNanos) {}

  /** A snapshot the server answered 201 for: it must be in the session's work with these pixels. */
  record Snapshot(String sessionId, String snapshotId, byte[] png, long ackedNanos) {}

  private final ConcurrentLinkedQueue<Note> notes = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Snapshot> snapshots = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> noteLatencies = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Long> snapshotLatencies = new ConcurrentLinkedQueue<>();

  void noteAcked(Note note, long latencyNanos) {
    notes.add(note);
    noteLatencies.add(latencyNanos);
  }

  void snapshotAcked(Snapshot snapshot, long latencyNanos) {
    snapshots.add(snapshot);
    snapshotLatencies.add(latencyNanos);
  }

  List<Note> notes() {
    return List.copyOf(notes);
  }

  List<Snapshot> snapshots() {
    return List.copyOf(snapshots);
  }

  List<Long> noteLatencies() {
    return new ArrayList<>(noteLatencies);
  }

  List<Long> snapshotLatencies() {
    return new ArrayList<>(snapshotLatencies);
  }
}
