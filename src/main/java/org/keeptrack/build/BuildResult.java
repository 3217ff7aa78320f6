package org.keeptrack.build;

import java.util.List;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.render.PageWeights;

/**
 * What a build did: the problems it found, or why it refused to start, and what it wrote.
 *
 * @param refusal why the output folder could not be used; nothing was read or written then
 * @param pages how many pages were written (0 when the build failed)
 * @param files how many other files were copied (0 when the build failed)
 * @param weights each page's bytes of HTML, CSS and JavaScript
 * @param searchIndexBytes the size of the search index, loaded only when searching
 * @param times how long each stage took
 */
public record BuildResult(
    List<Diagnostic> diagnostics,
    Optional<Text> refusal,
    int pages,
    int files,
    List<PageWeights.PageWeight> weights,
    long searchIndexBytes,
    List<StageTimes.StageTime> times) {

  public BuildResult {
    diagnostics = List.copyOf(diagnostics);
    weights = List.copyOf(weights);
    times = List.copyOf(times);
  }

  /** A build that wrote nothing. */
  public static BuildResult failed(List<Diagnostic> diagnostics, Optional<Text> refusal) {
    return new BuildResult(diagnostics, refusal, 0, 0, List.of(), 0, List.of());
  }

  public boolean succeeded() {
    return refusal.isEmpty() && errors() == 0;
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }
}
