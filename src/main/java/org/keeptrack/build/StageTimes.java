package org.keeptrack.build;

import java.util.ArrayList;
import java.util.List;

/** How long each stage of one build took, for {@code --timings} and the benchmark. */
public final class StageTimes {

  /** One stage's wall-clock time. */
  public record StageTime(String stage, long millis) {}

  /** The stages of a build, in the order they run and end with {@link #lap}. */
  private static final List<String> STAGES =
      List.of("load", "parse", "assemble", "render", "search", "scripts", "write");

  private final List<StageTime> times = new ArrayList<>();
  private long last = System.nanoTime();

  /** Ends the stage that ran since the previous call (or since this was made). */
  void lap(String stage) {
    long now = System.nanoTime();
    times.add(new StageTime(stage, (now - last) / 1_000_000));
    last = now;
  }

  /** The stage running now: the one after the last that ended. */
  String running() {
    return STAGES.get(Math.min(times.size(), STAGES.size() - 1));
  }

  List<StageTime> all() {
    return List.copyOf(times);
  }
}
