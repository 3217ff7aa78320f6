package org.keeptrack.model;

import java.util.function.Consumer;

/**
 * Where the files of a build go as they are made, from several threads at once. A build that knows
 * a file is exactly as last time (the live preview does) says so instead of making it again.
 */
public interface SiteOutput extends Consumer<OutputFile> {

  /**
   * A document the build rendered, given with the text it was encoded from, so that whoever reads
   * it on the way need not decode it again; otherwise the same as {@link #accept}. An output that
   * passes files on passes this on too.
   */
  default void acceptDocument(OutputFile file, String text) {
    accept(file);
  }

  /** The file at {@code path} is the same as in the previous build to this output. */
  default void unchanged(String path) {}
}
