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
import org.keeptrack.build.LargeBook;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.write.LiveOutput;

/**
 * Prints how long builds take, in one JVM: the handbook once cold, then warm as a fresh pipeline
 * every time (what {@code mvn generate-site} does), then as the live preview rebuilds after one
 * page was saved, up to the moment open pages are told to reload; then the same preview rebuild on
 * a generated book of 1,000 pages. Run it with {@code mvn -q test-compile exec:java@benchmark}; it
 * times, it asserts nothing.
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
    long cold = time(new BuildPipeline(false), layout);
    List<Long> full = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      full.add(time(new BuildPipeline(false), layout));
    }
    System.out.printf(
        "handbook: %d pages, scripts not minified (as in the preview)%n", pages(layout));
    System.out.printf("cold build (first in this JVM): %d ms%n", cold);
    System.out.printf("warm full build, fresh pipeline: %s%n", summary(full));
    System.out.printf(
        "preview rebuild after saving one page: %s%n",
        summary(previewRebuilds(layout, work.resolve("content/about.md"))));

    Path large = work.resolve("large");
    LargeBook.write(large, 20, 50, 8);
    ProjectLayout largeLayout = ProjectLayout.standard(large, Path.of("target/preview"));
    System.out.printf(
        "%d pages: preview rebuild after saving one page: %s%n",
        pages(largeLayout),
        summary(previewRebuilds(largeLayout, large.resolve("content/s7/p20.md"))));
    TestProjects.deleteTree(work);
  }

  /** Each round saves {@code saved} with a new line and times the live build up to the reload. */
  private static List<Long> previewRebuilds(ProjectLayout layout, Path saved) throws IOException {
    String text = Files.readString(saved, StandardCharsets.UTF_8);
    BuildPipeline pipeline = new BuildPipeline(false);
    LiveOutput output = new LiveOutput(layout.output());
    pipeline.buildLive(layout, output);
    List<Long> times = new ArrayList<>();
    BuildResult last = null;
    for (int round = 0; round < ROUNDS; round++) {
      Files.writeString(saved, text + "\n保存 " + round + "\n", StandardCharsets.UTF_8);
      long started = System.nanoTime();
      last = pipeline.buildLive(layout, output);
      check(last);
      times.add((System.nanoTime() - started) / 1_000_000);
      pipeline.indexForSearch(output);
    }
    System.out.print("  last round by stage:");
    last.times().forEach(t -> System.out.print(" " + t.stage() + " " + t.millis() + " ms"));
    System.out.println();
    Files.writeString(saved, text, StandardCharsets.UTF_8);
    return times;
  }

  private static long time(BuildPipeline pipeline, ProjectLayout layout) throws IOException {
    long started = System.nanoTime();
    check(pipeline.build(layout));
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static void check(BuildResult result) {
    if (!result.succeeded()) {
      throw new IllegalStateException("the site did not build: " + result.diagnostics());
    }
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
