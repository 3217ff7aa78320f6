package org.keeptrack.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long each stage of one build took, for {@code --timings} and the benchmark. */
public final class StageTimes {

  /** One stage's wall-clock time. */
  public record StageTime(String stage, long millis) {}

  /** The stages of a build, in the order they run and end with {@link #lap}. */
  enum Stage {
    LOAD,
    PARSE,
    ASSEMBLE,
    RENDER,
    SEARCH,
    SCRIPTS,
    /** The build's check of its own output (its reading of the pages runs within render). */
    VERIFY,
    WRITE;

    /** The name the timings and the messages print. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<StageTime> times = new ArrayList<>();
  private long last = System.nanoTime();

  /** Ends {@code stage}, which ran since the previous call (or since this was made). */
  void lap(Stage stage) {
    long now = System.nanoTime();
    times.add(new StageTime(stage.label(), (now - last) / 1_000_000));
    last = now;
  }

  /** The stage running now: the one after the last that ended. */
  String running() {
    Stage[] stages = Stage.values();
    return stages[Math.min(times.size(), stages.length - 1)].label();
  }

  List<StageTime> all() {
    return List.copyOf(times);
  }
}
