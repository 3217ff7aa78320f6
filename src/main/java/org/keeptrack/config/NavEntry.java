package org.keeptrack.config;

import java.util.List;
import org.keeptrack.diagnostic.SourcePosition;

/** One entry of the configured navigation: a page, or a titled section of pages. */
public sealed interface NavEntry {

  SourcePosition position();

  /** A page, named by its path inside {@code content/}. */
  record PageRef(String path, SourcePosition position) implements NavEntry {}

  /**
   * A titled group: either the pages listed, or every page in {@code folder} ordered by their
   * {@code order} front matter.
   */
  record Section(String title, List<PageRef> pages, String folder, SourcePosition position)
      implements NavEntry {
    public Section {
      pages = List.copyOf(pages);
    }
  }
}
