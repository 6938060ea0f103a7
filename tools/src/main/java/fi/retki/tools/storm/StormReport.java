package fi.retki.tools.storm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/** What a storm measured, and how it prints. {@code live} is null for a storm without live sessions. */
record StormReport(StormPlan plan, int pupils, int ready, List<Long> firstView, List<Long> readyTimes, long bytes,
    long wallNanos, Map<String, Integer> errors, LiveReport live) {

  static StormReport of(StormPlan plan, List<PupilResult> results, long wallNanos, LiveReport live) {
    List<Long> firstView = new ArrayList<>();
    List<Long> ready = new ArrayList<>();
    Map<String, Integer> errors = new TreeMap<>();
    long bytes = 0;
    for (PupilResult result : results) {
      bytes += result.bytes();
      if (result.firstViewNanos() >= 0) {
        firstView.add(result.firstViewNanos());
      }
      if (result.ready()) {
        ready.add(result.readyNanos());
      } else {
        errors.merge(result.error(), 1, Integer::sum);
      }
    }
    Collections.sort(firstView);
    Collections.sort(ready);
    return new StormReport(plan, results.size(), ready.size(), firstView, ready, bytes, wallNanos, errors, live);
  }

  /** The value below which {@code fraction} of the sorted values lie (nearest rank). */
  static long percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int rank = (int) Math.ceil(fraction * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static String seconds(long nanos) {
    return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  static String millis(long nanos) {
    return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }

  /** {@code name: p50 .., p95 .., p99 .., max .. (N what)}, the name padded so the figures line up. */
  static String line(String name, List<Long> sorted, LongFunction<String> format, String what) {
    return String.format(Locale.ROOT, "%-19s p50 %s, p95 %s, p99 %s, max %s (%d %s)", name + ":",
        format.apply(percentile(sorted, 0.50)), format.apply(percentile(sorted, 0.95)),
        format.apply(percentile(sorted, 0.99)), format.apply(sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1)),
        sorted.size(), what);
  }

  /** {@code none}, or {@code 3 kind, 1 other kind}. */
  static String kinds(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    List<String> kinds = new ArrayList<>();
    counts.forEach((kind, count) -> kinds.add(count + " " + kind));
    return String.join(", ", kinds);
  }

  @Override
  public String toString() {
    double mib = bytes / 1048576.0;
    double wall = wallNanos / 1e9;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "storm: %d pupils (%d classes x %d) on %s, scene %s, tier %s, %s%n",
        pupils, plan.classes(), plan.pupils(), plan.server(), plan.scene(), plan.tier(),
        plan.http2() ? "HTTP/2 (one connection per pupil)" : "HTTP/1.1 (6 connections per pupil)"));
    out.append(line("time to first view", firstView, StormReport::seconds, "pupils")).append('\n');
    out.append(line("time to ready", readyTimes, StormReport::seconds, "pupils")).append('\n');
    out.append(String.format(Locale.ROOT, "bytes: %.1f MiB in %.2f s = %.1f MiB/s%n", mib, wall, mib / wall));
    out.append("ready: ").append(ready).append(" of ").append(pupils).append(" pupils; errors: ")
        .append(kinds(errors)).append('\n');
    if (live != null) {
      out.append(live);
    }
    return out.toString();
  }
}
