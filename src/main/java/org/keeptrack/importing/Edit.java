package org.keeptrack.importing;

import org.keeptrack.diagnostic.Text;

/**
 * One change to a page: the characters from {@code start} to {@code end} of its source replaced by
 * {@code replacement}, and what the change was, as a reader of the report is told.
 */
record Edit(int start, int end, String replacement, Text what) {

  Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("an edit from " + start + " to " + end);
    }
  }

  /** This edit on a source whose part read here starts at {@code offset}. */
  Edit shifted(int offset) {
    return new Edit(start + offset, end + offset, replacement, what);
  }
}
