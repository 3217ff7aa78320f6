package org.keeptrack.model.question;

import org.keeptrack.model.FieldType;

/** Several lines of text: four ruled lines on the blank printout unless {@code lines} says. */
public final class TextareaQuestion extends FieldType {
  @Override
  public int defaultLines() {
    return 4;
  }
}
