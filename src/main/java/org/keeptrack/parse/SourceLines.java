package org.keeptrack.parse;

import java.util.Arrays;
import org.keeptrack.diagnostic.SourcePosition;

/** Turns character offsets within a block of text into file positions. */
public final class SourceLines {

  private final String path;
  private final int firstLine;
  private final int[] lineStarts;

  /**
   * @param firstLine the file line on which {@code text} begins
   */
  public SourceLines(String path, String text, int firstLine) {
    this.path = path;
    this.firstLine = firstLine;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public SourcePosition at(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new SourcePosition(path, firstLine + line, offset - lineStarts[line] + 1);
  }
}
