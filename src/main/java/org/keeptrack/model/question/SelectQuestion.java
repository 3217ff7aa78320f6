package org.keeptrack.model.question;

import org.keeptrack.model.FieldType;

/** One of its options, chosen from a list; also a table column. */
public final class SelectQuestion extends FieldType {
  @Override
  public boolean hasOptions() {
    return true;
  }

  @Override
  public boolean fitsInTable() {
    return true;
  }
}
