package org.keeptrack.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one build, so that all of them are reported together at the end.
 *
 * <p>The same problem reported twice at the same place (a template error hit by every page, say) is
 * kept once, with the hint of its first report.
 */
public final class Diagnostics {

  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing((Diagnostic d) -> d.position().path())
          .thenComparingInt(d -> d.position().line())
          .thenComparingInt(d -> d.position().column())
          .thenComparing(d -> d.message().en());

  private record Key(Severity severity, SourcePosition position, Text message) {}

  private final Map<Key, Diagnostic> found = new LinkedHashMap<>();

  public void error(SourcePosition at, Text message, String got, Text hint) {
    add(new Diagnostic(Severity.ERROR, at, message, got, hint));
  }

  public void warning(SourcePosition at, Text message, String got, Text hint) {
    add(new Diagnostic(Severity.WARNING, at, message, got, hint));
  }

  public void add(Diagnostic diagnostic) {
    found.putIfAbsent(
        new Key(diagnostic.severity(), diagnostic.position(), diagnostic.message()), diagnostic);
  }

  public boolean hasErrors() {
    return found.values().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public long count(Severity severity) {
    return found.values().stream().filter(d -> d.severity() == severity).count();
  }

  /** Every problem, ordered by file and position so that the report is stable. */
  public List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(found.values());
    sorted.sort(BY_POSITION);
    return List.copyOf(sorted);
  }
}
