package fi.retki.tools.torture;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The torture's table: a line per round as it is checked, then the totals and the latencies. */
final class TortureReport {
  private static final int SHOWN_LOSSES = 5;

  private final PrintWriter out;
  private final TorturePlan plan;
  private final List<Long> noteLatencies = new ArrayList<>();
  private final List<Long> snapshotLatencies = new ArrayList<>();
  private int rounds;
  private int notes;
  private int snapshots;
  private int lostNotes;
  private int lostSnapshots;
  private int byteIdentical;
  private int refusedNotes;
  private int refusedUploads;
  private long trafficMillis;

  TortureReport(PrintWriter out, TorturePlan plan) {
    this.out = out;
    this.plan = plan;
  }

  void header() {
    out.printf("durability torture: %d rounds, %d sessions x %d pupils saving notes, %d uploading snapshots, "
        + "kill -9 %d-%d ms into the traffic, seed %d%n", plan.rounds(), plan.sessions(), plan.pupils(), plan.uploaders(),
        plan.killFrom().toMillis(), plan.killTo().toMillis(), plan.seed());
    out.printf("%5s %8s %7s %8s %11s %11s %10s %14s %14s %8s %7s%n", "round", "pid", "kill-ms", "quiet-ms", "notes-acked", "snaps-acked",
        "lost", "note-ack p50/99", "snap-201 p50/99", "notes/s", "db-MB");
    out.flush();
  }

  void round(Check.Result result, long checkedBy, long databaseBytes) {
    Round.Traffic traffic = result.traffic();
    List<Long> noteRound = traffic.ledger().noteLatencies();
    List<Long> snapRound = traffic.ledger().snapshotLatencies();
    out.printf("%5d %8d %7d %8d %11d %11d %10s %14s %14s %8.0f %7.1f%n", traffic.number(), checkedBy, traffic.trafficMillis(), traffic.quietMillis(),
        result.ackedNotes(), result.ackedSnapshots(), result.lostNotes() + "+" + result.lostSnapshots(),
        percentiles(noteRound), percentiles(snapRound), perSecond(result.ackedNotes(), traffic.trafficMillis()),
        databaseBytes / 1e6);
    result.lost().stream().limit(SHOWN_LOSSES).forEach(line -> out.println("      lost: " + line));
    if (result.lost().size() > SHOWN_LOSSES) {
      out.println("      lost: ... and " + (result.lost().size() - SHOWN_LOSSES) + " more");
    }
    out.flush();
    rounds++;
    notes += result.ackedNotes();
    snapshots += result.ackedSnapshots();
    lostNotes += result.lostNotes();
    lostSnapshots += result.lostSnapshots();
    byteIdentical += result.byteIdentical();
    refusedNotes += traffic.refusedNotes();
    refusedUploads += traffic.refusedUploads();
    trafficMillis += traffic.trafficMillis();
    noteLatencies.addAll(noteRound);
    snapshotLatencies.addAll(snapRound);
  }

  Torture.Outcome totals(String failure) {
    out.printf("total: %d rounds, %d notes and %d snapshots acknowledged, lost %d notes and %d snapshots%n", rounds,
        notes, snapshots, lostNotes, lostSnapshots);
    out.printf("note ack latency p50/p99 %s ms, snapshot 201 latency p50/p99 %s ms, %.0f acknowledged notes/s "
        + "over %.1f s of traffic%n", percentiles(noteLatencies), percentiles(snapshotLatencies),
        perSecond(notes, trafficMillis), trafficMillis / 1000.0);
    out.printf("snapshots compared by decoded pixels; %d of %d also byte for byte; refused: %d notes, %d uploads%n",
        byteIdentical, snapshots - lostSnapshots, refusedNotes, refusedUploads);
    if (failure != null) {
      out.println("stopped: " + failure);
    }
    out.flush();
    return new Torture.Outcome(rounds, notes, snapshots, lostNotes + lostSnapshots, failure);
  }

  private static String percentiles(List<Long> nanos) {
    if (nanos.isEmpty()) {
      return "-";
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return millis(sorted, 0.50) + "/" + millis(sorted, 0.99);
  }

  private static String millis(List<Long> sorted, double quantile) {
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
    return String.format("%.0f", sorted.get(Math.max(0, index)) / 1e6);
  }

  private static double perSecond(int count, long millis) {
    return millis == 0 ? 0 : count * 1000.0 / millis;
  }
}
