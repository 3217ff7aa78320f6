package org.keeptrack.model.question;

import java.util.Map;
import org.keeptrack.model.FieldType;

/** A time of day ({@code 09:30}); also a table column. */
public final class TimeQuestion extends FieldType {
  @Override
  public boolean fitsInTable() {
    return true;
  }

  @Override
  public Map<String, Object> answerRule() {
    return rule("pattern", "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?$");
  }
}
