package org.keeptrack.model.question;

import org.keeptrack.model.FieldType;

/** One of its options, chosen with round buttons. */
public final class RadioQuestion extends FieldType {
  @Override
  public boolean hasOptions() {
    return true;
  }
}
