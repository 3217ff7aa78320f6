package org.keeptrack.model.question;

import java.util.Map;
import org.keeptrack.model.FieldType;

/** A number; also a table column. */
public final class NumberQuestion extends FieldType {
  @Override
  public boolean fitsInTable() {
    return true;
  }

  @Override
  public Map<String, Object> answerRule() {
    return rule("pattern", "^-?(\\d+|\\d*\\.\\d+)([eE][-+]?\\d+)?$");
  }
}
