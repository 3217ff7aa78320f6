package org.keeptrack.model;

import java.util.List;

/**
 * Everything the build reads besides the configuration, in a stable order.
 *
 * @param unreadable the paths of page sources that could not be read (already reported), so that
 *     links to them are not reported as missing pages as well
 */
public record Sources(List<SourceFile> pages, List<StaticFile> files, List<String> unreadable) {
  public Sources {
    pages = List.copyOf(pages);
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
  }
}
