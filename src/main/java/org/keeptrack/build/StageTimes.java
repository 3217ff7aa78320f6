package org.keeptrack.build;

import java.util.ArrayList;
import java.util.List;

/** How long each stage of one build took, for {@code --timings} and the benchmark. */
public final class StageTimes {

  /** One stage's wall-clock time. */
  public record StageTime(String stage, long millis) {}

  private final List<StageTime> times = new ArrayList<>();
  private long last = System.nanoTime();

  /** Ends the stage that ran since the previous call (or since this was made). */
  void lap(String stage) {
    long now = System.nanoTime();
    times.add(new StageTime(stage, (now - last) / 1_000_000));
    last = now;
  }

  List<StageTime> all() {
    return List.copyOf(times);
  }
}
