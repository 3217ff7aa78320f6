package org.keeptrack.model.question;

import org.keeptrack.model.FieldType;

/** A line of text; also a table column. */
public final class TextQuestion extends FieldType {
  @Override
  public boolean fitsInTable() {
    return true;
  }
}
