package org.keeptrack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.keeptrack.build.BuildPipeline;
import org.keeptrack.build.BuildResult;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;

/**
 * Prints how long the handbook takes to build: once cold, then warm as a fresh pipeline every time
 * (what {@code mvn generate-site} does), then as the live preview rebuilds after one page was
 * saved. Run it with {@code mvn -q test-compile exec:java@benchmark}; it times, it asserts
 * nothing.
 */
public final class RebuildBenchmark {

  private static final int ROUNDS = 30;

  private RebuildBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path work = Files.createTempDirectory("keeptrack-bench");
    for (String folder : List.of("content", "themes")) {
      TestProjects.copyTree(Path.of(folder), work.resolve(folder));
    }
    ProjectLayout layout = ProjectLayout.standard(work, Path.of("target/preview"));
    Path saved = work.resolve("content/about.md");
    String text = Files.readString(saved, StandardCharsets.UTF_8);

    long cold = time(new BuildPipeline(false), layout);
    List<Long> full = new ArrayList<>();
    List<Long> preview = new ArrayList<>();
    BuildPipeline previewPipeline = new BuildPipeline(false);
    for (int round = 0; round < ROUNDS; round++) {
      full.add(time(new BuildPipeline(false), layout));
      Files.writeString(saved, text + "\n保存 " + round + "\n", StandardCharsets.UTF_8);
      preview.add(time(previewPipeline, layout));
    }
    System.out.printf("handbook: %d pages, scripts not minified (as in the preview)%n", pages(layout));
    System.out.printf("cold build (first in this JVM): %d ms%n", cold);
    System.out.printf("warm full build, fresh pipeline: %s%n", summary(full));
    System.out.printf("preview rebuild after saving one page: %s%n", summary(preview));
    try (var files = Files.walk(work)) {
      for (Path file : files.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static long time(BuildPipeline pipeline, ProjectLayout layout) throws IOException {
    long started = System.nanoTime();
    BuildResult result = pipeline.build(layout);
    if (!result.succeeded()) {
      throw new IllegalStateException("the handbook did not build: " + result.diagnostics());
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static int pages(ProjectLayout layout) throws IOException {
    return new BuildPipeline(false).check(layout).pages();
  }

  /** Median and spread of the last two thirds of the rounds, after the JIT has warmed up. */
  private static String summary(List<Long> millis) {
    List<Long> warm = new ArrayList<>(millis.subList(millis.size() / 3, millis.size()));
    Collections.sort(warm);
    return String.format(
        "median %d ms (min %d, max %d, %d rounds)",
        warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), warm.size());
  }
}
