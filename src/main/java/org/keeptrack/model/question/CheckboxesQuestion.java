package org.keeptrack.model.question;

import org.keeptrack.model.FieldType;

/** Any of its options, ticked. */
public final class CheckboxesQuestion extends FieldType {
  @Override
  public boolean hasOptions() {
    return true;
  }
}
