package org.keeptrack.model.question;

import java.util.Map;
import org.keeptrack.model.FieldType;

/** A day of a year with four digits ({@code 2027-04-01}); also a table column. */
public final class DateQuestion extends FieldType {
  @Override
  public boolean fitsInTable() {
    return true;
  }

  @Override
  public boolean givesDay() {
    return true;
  }

  @Override
  public Map<String, Object> answerRule() {
    return rule(
        "pattern",
        "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",
        "min",
        FIRST_YEAR + "-01-01",
        "max",
        LAST_YEAR + "-12-31",
        "day",
        true);
  }
}
