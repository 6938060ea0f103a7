package fi.retki.tools.storm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the live part of a storm measured: join latency (join sent to welcome), go-to fan-out
 * latency (the teacher's go-to sent to each pupil's went-to received), and whether every went-to
 * reached every pupil, in order.
 */
record LiveReport(LivePlan plan, int sessions, int pupils, int joined, Map<String, Integer> refusals,
    List<Long> joinLatency, List<Long> fanOut, int goTosSent, int goTosRefused, long progressSent, long wentTo,
    long wentToExpected, long wentToOutOfOrder, long outOfOrder, long gaps, Map<String, Integer> errors) {

  /** {@code teachers} by class, {@code pupils} by pupil index; a pupil's class is {@link StormPlan#classOf}. */
  static LiveReport of(StormPlan plan, List<TeacherResult> teachers, List<LiveResult> pupils) {
    List<Long> join = new ArrayList<>();
    List<Long> fanOut = new ArrayList<>();
    Map<String, Integer> refusals = new TreeMap<>();
    Map<String, Integer> errors = new TreeMap<>();
    int goTos = 0;
    int goTosRefused = 0;
    for (TeacherResult teacher : teachers) {
      goTos += teacher.goTosSent();
      goTosRefused += teacher.goTosRefused();
      if (teacher.error() != null) {
        errors.merge(teacher.error(), 1, Integer::sum);
      }
    }
    long progress = 0;
    long wentTo = 0;
    long expected = 0;
    long wentToOutOfOrder = 0;
    long outOfOrder = 0;
    long gaps = 0;
    for (int i = 0; i < pupils.size(); i++) {
      LiveResult pupil = pupils.get(i);
      Map<Long, Long> sent = teachers.get(plan.classOf(i)).sentBySeq();
      progress += pupil.progressSent();
      if (pupil.refusal() != null) {
        refusals.merge(pupil.refusal(), 1, Integer::sum);
      }
      if (pupil.error() != null) {
        errors.merge(pupil.error(), 1, Integer::sum);
      }
      if (!pupil.joined()) {
        continue;
      }
      join.add(pupil.joinNanos());
      expected += sent.keySet().stream().filter(seq -> seq > pupil.welcomeSeq()).count();
      wentTo += pupil.wentToSeqs().length;
      for (int k = 0; k < pupil.wentToSeqs().length; k++) {
        Long goTo = sent.get(pupil.wentToSeqs()[k]);
        if (goTo != null) {
          fanOut.add(pupil.wentToNanos()[k] - goTo);
        }
      }
      wentToOutOfOrder += pupil.wentToOutOfOrder();
      outOfOrder += pupil.outOfOrder();
      gaps += pupil.gaps();
    }
    Collections.sort(join);
    Collections.sort(fanOut);
    return new LiveReport(plan.live(), teachers.size(), pupils.size(), join.size(), refusals, join, fanOut, goTos,
        goTosRefused, progress, wentTo, expected, wentToOutOfOrder, outOfOrder, gaps, errors);
  }

  /** Every pupil joined, every go-to was carried out, every went-to reached every pupil in order, nothing failed. */
  boolean complete() {
    return joined == pupils && goTosSent == sessions * plan.goTos() && goTosRefused == 0 && wentTo == wentToExpected
        && wentToExpected == (long) pupils * plan.goTos() && outOfOrder == 0 && errors.isEmpty();
  }

  private static String time(java.time.Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
    out.append(String.format(Locale.ROOT, "live: %d sessions, go-to every %s for %s; %d of %d pupils joined, %d %s%n",
        sessions, time(plan.goToEvery()), time(plan.duration()), joined, pupils, refused,
        refused == 0 ? "joins refused" : "joins refused (" + StormReport.kinds(refusals) + ")"));
    out.append(StormReport.line("join latency", joinLatency, StormReport::millis, "pupils")).append('\n');
    out.append(StormReport.line("go-to fan-out", fanOut, StormReport::millis, "went-to")).append('\n');
    out.append(String.format(Locale.ROOT, "go-tos: %d sent, %d refused; progress reports: %d sent%n",
        goTosSent, goTosRefused, progressSent));
    out.append(String.format(Locale.ROOT,
        "went-to: %d of %d received, %d out of order; all events: %d out of order, %d seqs meant for others (progress, notes)%n",
        wentTo, wentToExpected, wentToOutOfOrder, outOfOrder, gaps));
    out.append("live errors: ").append(StormReport.kinds(errors)).append('\n');
    return out.toString();
  }
}
