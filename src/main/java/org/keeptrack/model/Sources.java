package org.keeptrack.model;

import java.util.List;

/** Everything the build reads besides the configuration, in a stable order. */
public record Sources(List<SourceFile> pages, List<StaticFile> files) {
  public Sources {
    pages = List.copyOf(pages);
    files = List.copyOf(files);
  }
}
