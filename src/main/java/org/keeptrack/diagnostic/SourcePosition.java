package org.keeptrack.diagnostic;

/**
 * A place in a source file: a path relative to the project, with a 1-based line and column.
 *
 * <p>Columns count UTF-16 characters, so a Japanese character is one column, as an editor shows it.
 */
public record SourcePosition(String path, int line, int column) {

  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that concern the file as a whole. */
  public static SourcePosition startOf(String path) {
    return new SourcePosition(path, 1, 1);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
